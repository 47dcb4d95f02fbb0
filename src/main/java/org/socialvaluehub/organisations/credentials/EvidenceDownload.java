package org.socialvaluehub.organisations.credentials;

/** An evidence file as stored, ready to send. */
record EvidenceDownload(String fileName, String contentType, byte[] content) {}
