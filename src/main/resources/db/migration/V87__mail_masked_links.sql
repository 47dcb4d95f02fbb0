-- Mails already handed to SMTP (or failed) kept their live one-time links; hide the tokens in what is kept,
-- as the Mailer now does for every new mail. Tokens are 43 URL-safe characters; nothing else in a mail is that long.
update mail_message
set body = regexp_replace(body, '[A-Za-z0-9_-]{32,}', '[hidden]', 'g')
where delivery <> 'OUTBOX';
