package vn.yearendreview.staging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.yearendreview.model.Messages;

/** The staging tables of the job and the only access to them. */
@Configuration(proxyBeanMethods = false)
class StagingConfiguration {

	@Bean
	StagingRepository stagingRepository(JdbcTemplate jdbc) {
		return new StagingRepository(jdbc);
	}

	@Bean
	ResultQueries resultQueries(JdbcTemplate jdbc, StagingRepository staging, Messages messages) {
		return new ResultQueries(jdbc, staging, messages);
	}

	@Bean
	CheckQueries checkQueries(JdbcTemplate jdbc, StagingRepository staging) {
		return new CheckQueries(jdbc, staging);
	}

	@Bean
	EvaluationQueries evaluationQueries(JdbcTemplate jdbc, StagingRepository staging) {
		return new EvaluationQueries(jdbc, staging);
	}

}
