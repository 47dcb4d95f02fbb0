package org.socialvaluehub.web;

import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Keeps the server's own error pages out of sight: requests the security firewall refuses get a 400 through the
 * app's error page, and what Tomcat refuses before the app sees it gets {@link AppErrorReportValve}'s page.
 */
@Configuration(proxyBeanMethods = false)
class ServerErrorPages {

    /** A path the firewall refuses (an encoded slash, "..") answers 400 through {@link ErrorPageController}. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new HttpStatusRequestRejectedHandler();
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> appErrorReports(MessageSource messages) {
        return factory -> {
            // Tomcat refuses an encoded slash itself, with its own page; passed through, the firewall refuses it.
            factory.addConnectorCustomizers(
                    connector -> connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue()));
            factory.addContextCustomizers(context -> {
                Host host = (Host) context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                if (host instanceof StandardHost standard) {
                    standard.setErrorReportValveClass(AppErrorReportValve.class.getName());
                }
                host.getPipeline().addValve(new AppErrorReportValve(messages));
            });
        };
    }
}
