package org.socialvaluehub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Social Value Hub: the web application. The jar starts through {@code cli.CommandLine}, which runs a command
 * when given one and otherwise this.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class SocialValueHubApplication {

    public static void main(String[] args) {
        SpringApplication.run(SocialValueHubApplication.class, args);
    }
}
