-- Staging tables of the year-end review job. Every row belongs to one job instance (one set of inputs), so a
-- restarted run finds exactly what its earlier attempt committed, and a new set of inputs never mixes with an
-- old one. Targets are kept twice: their canonical text (what is evaluated) and their wording as the resolution
-- wrote it (what is printed). Numbers are kept as their exact decimal text (BigDecimal.toPlainString) so no scale is lost; a number
-- read has at most 18 digits before and 15 after the decimal mark, so its text, and the text of a percentage
-- computed from two of them (34 significant digits), fit their columns. Every text a department wrote is cut to
-- its column's length when read (a cell to 10,000 characters, a quoted value to 100).
--
-- The program creates these tables when this file changes (YR_SCHEMA holds the version of the file they were made
-- from), dropping the tables of an earlier version.

CREATE CACHED TABLE IF NOT EXISTS YR_SCHEMA (
	VERSION VARCHAR(40) NOT NULL
);

-- What a run decided about its tables: whether its rows were indexed by department.
CREATE CACHED TABLE IF NOT EXISTS YR_RUN (
	INSTANCE_ID BIGINT NOT NULL,
	ROWS_BY_DEPARTMENT BOOLEAN DEFAULT FALSE NOT NULL,
	PRIMARY KEY (INSTANCE_ID)
);

-- Every file of the input folder; a submission's kind, what the checks need to know of it (how many years after the
-- year under review its records are for; whether every department is expected to send records of its kind), and the
-- headers of its year and key columns as written.
CREATE CACHED TABLE IF NOT EXISTS YR_FILE (
	INSTANCE_ID BIGINT NOT NULL,
	FILE_NO INT NOT NULL,
	FILE_NAME VARCHAR(1000) NOT NULL,
	SHA256 CHAR(64),
	SIZE_BYTES BIGINT,
	SUBMISSION BOOLEAN NOT NULL,
	REFERENCE BOOLEAN DEFAULT FALSE NOT NULL,
	SUBMISSION_KIND VARCHAR(20),
	YEAR_OFFSET INT DEFAULT 0 NOT NULL,
	ROWS_EXPECTED BOOLEAN DEFAULT FALSE NOT NULL,
	ENCODING VARCHAR(40),
	DELIMITER VARCHAR(10),
	NUMBER_STYLE VARCHAR(20),
	YEAR_HEADER VARCHAR(1000),
	KEY_HEADER VARCHAR(1000),
	-- The headers of the actual and previous columns of a file of figures, as written: plausibility warnings name them.
	ACTUAL_HEADER VARCHAR(1000),
	PREVIOUS_HEADER VARCHAR(1000),
	REJECTED BOOLEAN DEFAULT FALSE NOT NULL,
	ROWS_READ BIGINT,
	ROWS_ACCEPTED BIGINT,
	PRIMARY KEY (INSTANCE_ID, FILE_NO)
);

-- The records of every submission, accepted or rejected: indicator figures, whose key is (DEPARTMENT, INDICATOR),
-- and narrative points, which have no indicator and whose field, kind and text are in YR_POINT.
CREATE CACHED TABLE IF NOT EXISTS YR_ROW (
	INSTANCE_ID BIGINT NOT NULL,
	FILE_NO INT NOT NULL,
	LINE BIGINT NOT NULL,
	ACCEPTED BOOLEAN NOT NULL,
	REASON_CODE VARCHAR(40),
	DEPARTMENT VARCHAR(32),
	REPORTED_YEAR INT,
	INDICATOR VARCHAR(32),
	NAME VARCHAR(10000),
	UNIT VARCHAR(10000),
	PLAN VARCHAR(200),
	PLAN_WORDS VARCHAR(200),
	ACTUAL VARCHAR(60),
	PREVIOUS VARCHAR(60),
	NOTE VARCHAR(10000),
	PRIMARY KEY (INSTANCE_ID, FILE_NO, LINE)
);
-- A query of rows in their place names the whole key in its ORDER BY (INSTANCE_ID, FILE_NO, LINE): HSQLDB then
-- reads the key's index in order. Ordered by FILE_NO, LINE alone it sorts every row it selects first, and a page
-- of a thousand rows from a file of a million took seconds, so a file of a million rows took hours to evaluate.

-- What a narrative point says: its field, its kind (ket_qua, han_che, nguyen_nhan, nhiem_vu), its place among the
-- department's points and its paragraph.
CREATE CACHED TABLE IF NOT EXISTS YR_POINT (
	INSTANCE_ID BIGINT NOT NULL,
	FILE_NO INT NOT NULL,
	LINE BIGINT NOT NULL,
	GROUP_CODE VARCHAR(40),
	POINT_KIND VARCHAR(20),
	SORT_ORDER INT,
	TEXT VARCHAR(10000),
	PRIMARY KEY (INSTANCE_ID, FILE_NO, LINE)
);

-- The task registrations (DESIGN.md 9.4): each is a record of YR_ROW (without an indicator, its REPORTED_YEAR the
-- year registered for) with its month (a quarter's first month), quarter, level and words here. CONTENT_KEY is the
-- same for the same matter in the same month however it is written.
CREATE CACHED TABLE IF NOT EXISTS YR_TASK (
	INSTANCE_ID BIGINT NOT NULL,
	FILE_NO INT NOT NULL,
	LINE BIGINT NOT NULL,
	MONTH_NO INT,
	QUARTER_NO INT,
	TASK_LEVEL VARCHAR(3),
	CONTENT VARCHAR(10000),
	LEAD_BODY VARCHAR(10000),
	SUPPORT VARCHAR(10000),
	PRODUCT VARCHAR(10000),
	CONTENT_KEY BIGINT,
	DEPARTMENT VARCHAR(32),
	PRIMARY KEY (INSTANCE_ID, FILE_NO, LINE)
);

-- A department's evaluation lists the tasks it registered.
CREATE INDEX IF NOT EXISTS YR_TASK_DEPARTMENT ON YR_TASK (INSTANCE_ID, DEPARTMENT);

-- The evaluation of each row accepted by the checks: whether it is the province-wide figure of the review, its
-- verdict and percentages.
CREATE CACHED TABLE IF NOT EXISTS YR_VERDICT (
	INSTANCE_ID BIGINT NOT NULL,
	FILE_NO INT NOT NULL,
	LINE BIGINT NOT NULL,
	IN_REVIEW BOOLEAN NOT NULL,
	STATUS VARCHAR(20) NOT NULL,
	PERCENT_OF_PLAN VARCHAR(100),
	PERCENT_OF_PREVIOUS VARCHAR(100),
	PRIMARY KEY (INSTANCE_ID, FILE_NO, LINE)
);

-- The province-wide figure of each catalog indicator, one row each, written with the verdicts: the rows the review
-- prints, found without a scan of every verdict.
CREATE CACHED TABLE IF NOT EXISTS YR_IN_REVIEW (
	INSTANCE_ID BIGINT NOT NULL,
	INDICATOR VARCHAR(32) NOT NULL,
	FILE_NO INT NOT NULL,
	LINE BIGINT NOT NULL,
	GROUP_CODE VARCHAR(40) NOT NULL,
	STATUS VARCHAR(20) NOT NULL,
	PRIMARY KEY (INSTANCE_ID, FILE_NO, LINE)
);

-- The verdicts counted once for every document: resolution indicators (every indicator without a catalog) by
-- group, department, place in the review and verdict. The evaluated rows are added chunk by chunk with their
-- verdicts; the catalog indicators nobody reported (UNREPORTED) when they are evaluated.
CREATE CACHED TABLE IF NOT EXISTS YR_SCORE (
	INSTANCE_ID BIGINT NOT NULL,
	UNREPORTED BOOLEAN NOT NULL,
	GROUP_ORDER INT NOT NULL,
	GROUP_CODE VARCHAR(40) NOT NULL,
	DEPARTMENT VARCHAR(32) NOT NULL,
	IN_REVIEW BOOLEAN NOT NULL,
	STATUS VARCHAR(20) NOT NULL,
	INDICATORS INT NOT NULL,
	PRIMARY KEY (INSTANCE_ID, UNREPORTED, GROUP_CODE, DEPARTMENT, IN_REVIEW, STATUS)
);

-- Which departments each file holds rows of, with their counts.
CREATE CACHED TABLE IF NOT EXISTS YR_FILE_DEPARTMENT (
	INSTANCE_ID BIGINT NOT NULL,
	DEPARTMENT VARCHAR(32) NOT NULL,
	FILE_NO INT NOT NULL,
	ROWS_READ BIGINT NOT NULL,
	ROWS_ACCEPTED BIGINT NOT NULL,
	PRIMARY KEY (INSTANCE_ID, DEPARTMENT, FILE_NO)
);

-- Problems found in the inputs: rejected rows, whole-file problems (LINE is null) and warnings.
CREATE CACHED TABLE IF NOT EXISTS YR_PROBLEM (
	INSTANCE_ID BIGINT NOT NULL,
	FILE_NO INT NOT NULL,
	LINE BIGINT,
	SEQ INT NOT NULL,
	SEVERITY VARCHAR(10) NOT NULL,
	COLUMN_NAME VARCHAR(1000),
	CELL_VALUE VARCHAR(10000),
	REASON_CODE VARCHAR(40) NOT NULL,
	MESSAGE VARCHAR(10000) NOT NULL,
	DEPARTMENT VARCHAR(32)
);

CREATE INDEX IF NOT EXISTS YR_PROBLEM_FILE ON YR_PROBLEM (INSTANCE_ID, FILE_NO, LINE, SEQ);

CREATE CACHED TABLE IF NOT EXISTS YR_CATALOG_INDICATOR (
	INSTANCE_ID BIGINT NOT NULL,
	INDICATOR VARCHAR(32) NOT NULL,
	GROUP_CODE VARCHAR(40),
	GROUP_ORDER INT NOT NULL,
	NAME VARCHAR(10000),
	UNIT VARCHAR(10000),
	PLAN VARCHAR(200),
	PLAN_WORDS VARCHAR(200),
	PLAN_NEXT VARCHAR(200),
	PLAN_NEXT_WORDS VARCHAR(200),
	DEPARTMENT VARCHAR(32),
	RESOLUTION BOOLEAN NOT NULL,
	SORT_ORDER INT NOT NULL,
	-- Without a department in charge and reported by several: no row is the province's figure.
	SHARED BOOLEAN DEFAULT FALSE NOT NULL,
	-- The name and unit of the English edition, empty when the catalog gives none.
	NAME_EN VARCHAR(10000),
	UNIT_EN VARCHAR(10000),
	-- The five-year resolution's target (canonical and as written) and how it is measured: AVERAGE, TOTAL, END,
	-- EACH_YEAR; null when it sets none.
	TERM_TARGET VARCHAR(200),
	TERM_TARGET_WORDS VARCHAR(200),
	TERM_KIND VARCHAR(20),
	-- Plausibility (DESIGN.md 10.2): the largest change from last year in percent (null: the default), and
	-- whether a percentage lies from 0 to 100.
	MAX_CHANGE VARCHAR(40),
	BOUNDED BOOLEAN DEFAULT FALSE NOT NULL,
	PRIMARY KEY (INSTANCE_ID, INDICATOR)
);

-- The province's figures of earlier years of the term, from catalog/history.csv: the rows accepted.
CREATE CACHED TABLE IF NOT EXISTS YR_HISTORY (
	INSTANCE_ID BIGINT NOT NULL,
	INDICATOR VARCHAR(32) NOT NULL,
	YEAR INT NOT NULL,
	VAL VARCHAR(80) NOT NULL,
	PRIMARY KEY (INSTANCE_ID, INDICATOR, YEAR)
);

CREATE CACHED TABLE IF NOT EXISTS YR_DEPARTMENT (
	INSTANCE_ID BIGINT NOT NULL,
	DEPARTMENT VARCHAR(32) NOT NULL,
	NAME VARCHAR(10000),
	EXPECTED BOOLEAN NOT NULL,
	-- The department's place in the catalog, the order its narrative points are printed in.
	SORT_ORDER INT NOT NULL,
	PRIMARY KEY (INSTANCE_ID, DEPARTMENT)
);

-- Catalog indicators that no accepted row reports for the whole province: evaluated as having no data.
CREATE CACHED TABLE IF NOT EXISTS YR_RESULT (
	INSTANCE_ID BIGINT NOT NULL,
	DEPARTMENT VARCHAR(32) NOT NULL,
	INDICATOR VARCHAR(32) NOT NULL,
	NAME VARCHAR(10000),
	UNIT VARCHAR(10000),
	GROUP_CODE VARCHAR(40),
	GROUP_ORDER INT NOT NULL,
	SORT_ORDER INT NOT NULL,
	RESOLUTION BOOLEAN NOT NULL,
	IN_REVIEW BOOLEAN NOT NULL,
	PLAN VARCHAR(200),
	PLAN_WORDS VARCHAR(200),
	PLAN_NEXT VARCHAR(200),
	PLAN_NEXT_WORDS VARCHAR(200),
	ACTUAL VARCHAR(60),
	PREVIOUS VARCHAR(60),
	PERCENT_OF_PLAN VARCHAR(100),
	PERCENT_OF_PREVIOUS VARCHAR(100),
	STATUS VARCHAR(20) NOT NULL,
	NOTE VARCHAR(10000),
	PRIMARY KEY (INSTANCE_ID, DEPARTMENT, INDICATOR)
);

-- Query results above 10,000 rows are kept on disk, not in memory: the checks stream every accepted row. The
-- connection URL sets the same when the database opens (application.properties); this keeps it in the database.
SET DATABASE DEFAULT RESULT MEMORY ROWS 10000;
