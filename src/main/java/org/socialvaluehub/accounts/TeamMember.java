package org.socialvaluehub.accounts;

import java.util.List;

/** Someone in an organisation's team and the roles they hold there. */
record TeamMember(long id, String displayName, String email, List<String> roles) {}
