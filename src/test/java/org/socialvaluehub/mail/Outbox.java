package org.socialvaluehub.mail;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Test fixture: reads the newest e-mail to an address from the outbox, and the link in it. */
@Component
public class Outbox {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String latestBodyTo(String recipient) {
        return jdbc.sql("select body from mail_message where lower(recipient) = lower(:r) order by id desc limit 1")
                .param("r", recipient)
                .query(String.class)
                .single();
    }

    public int countTo(String recipient) {
        return jdbc.sql("select count(*) from mail_message where lower(recipient) = lower(:r)")
                .param("r", recipient)
                .query(Integer.class)
                .single();
    }

    /** The path and query of the first link in the newest e-mail to the address ("/register/confirm?token=..."). */
    public String latestLinkPathTo(String recipient) {
        Matcher link = LINK.matcher(latestBodyTo(recipient));
        if (!link.find()) {
            throw new AssertionError("No link in the latest e-mail to " + recipient);
        }
        return link.group().replaceFirst("^https?://[^/]+", "");
    }
}
