package vn.yearendreview.report;

import org.springframework.batch.infrastructure.item.ItemProcessor;
import vn.yearendreview.staging.CatalogTables;

/** Renders one department's evaluation into the run's staging folder. */
class DepartmentReportProcessor implements ItemProcessor<CatalogTables.Department, CatalogTables.Department> {

	private final DepartmentReportRenderer renderer;

	private final Documents documents;

	private final ReportRun run;

	DepartmentReportProcessor(DepartmentReportRenderer renderer, Documents documents, ReportRun run) {
		this.renderer = renderer;
		this.documents = documents;
		this.run = run;
	}

	@Override
	public CatalogTables.Department process(CatalogTables.Department department) throws Exception {
		this.renderer.render(this.run.instance(), this.documents, department.code(), department.name(),
				this.run.folder());
		return department;
	}

}
