package org.socialvaluehub.web;

/**
 * Who answers for the personal data in this installation ({@code svh.privacy.*}): the controller, how to contact it
 * and its data protection officer, the host and the mail provider. Blank values are left out of the notice.
 */
record PrivacyContacts(String controller, String contact, String dpoContact, String host, String mailProvider) {}
