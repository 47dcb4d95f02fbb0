package org.socialvaluehub.spend.core;

import java.nio.charset.Charset;

/**
 * The character encoding of a text spend file, as detected from its bytes.
 *
 * @param charset how to decode the bytes
 * @param name the name shown to people, such as {@code UTF-8 with BOM} or {@code IBM850}
 * @param bomLength how many leading bytes are a byte order mark to skip
 */
public record TextEncoding(Charset charset, String name, int bomLength) {}
