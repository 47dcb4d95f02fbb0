/**
 * Engagement: meet-the-buyer events that buyers and coordinators post and suppliers register for
 * (with a waiting list, reminders the day before and a CSV list for the organiser), and support
 * requests (brokerage, challenges, questions) that coordinators assign, answer and close.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"accounts", "organisations", "mail"})
package org.socialvaluehub.engagement;
