package vn.yearendreview.report;

import java.util.List;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import vn.yearendreview.staging.CatalogTables;

/**
 * The departments that get an evaluation, in code order. The list is read again on a
 * restart, which goes on after the departments already rendered.
 */
class DepartmentReader extends AbstractItemCountingItemStreamItemReader<CatalogTables.Department> {

	private final CatalogTables catalogTables;

	private final long instance;

	private List<CatalogTables.Department> departments;

	private int next;

	DepartmentReader(CatalogTables catalogTables, long instance) {
		this.catalogTables = catalogTables;
		this.instance = instance;
		setName("departmentReader");
	}

	@Override
	protected void doOpen() {
		this.departments = this.catalogTables.departmentsToEvaluate(this.instance);
		this.next = 0;
	}

	@Override
	protected CatalogTables.Department doRead() {
		return (this.next < this.departments.size()) ? this.departments.get(this.next++) : null;
	}

	@Override
	protected void doClose() {
		this.departments = null;
	}

}
