package vn.yearendreview.report;

import java.time.LocalDate;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import vn.yearendreview.model.Messages;
import vn.yearendreview.settings.ReportSettings;
import vn.yearendreview.settings.ReviewProperties;
import vn.yearendreview.submission.RunInputs;

/**
 * What every document step shares: the planner's report settings and the compiled
 * templates.
 */
@Configuration(proxyBeanMethods = false)
class ReportConfiguration {

	@Bean
	@Lazy
	ReportSettings reportSettings(RunInputs inputs, Messages messages) {
		return ReportSettings.load(inputs.references(), LocalDate.now(), messages);
	}

	@Bean
	ReportTemplates reportTemplates(ReviewProperties properties) {
		ReportTemplates templates = new ReportTemplates(properties.layout().stateFolder().resolve("templates"));
		if (properties.validateOnly()) {
			templates.preloadInBackground("kiem-tra-du-lieu");
		}
		else {
			templates.preloadInBackground(WordDocument::warmUp, "bao-cao-tong-hop", "phu-luc", "don-vi",
					"don-vi-van-de", "kiem-tra-du-lieu", "so-phat-hanh");
		}
		return templates;
	}

}
