package vn.yearendreview.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

import vn.yearendreview.model.Target;

/**
 * Writes a synthetic input folder of realistic shape: a catalog of indicators over the
 * five groups with every target form, the departments, and one submission per department
 * reporting every indicator, in the formats offices use (Vietnamese and English numbers,
 * {@code ;} and {@code ,}, byte-order marks, {@code sep=} lines), with a share of bad
 * rows. Deterministic for a seed.
 *
 * <p>
 * Command line:
 * {@code InputGenerator DIR DEPARTMENTS INDICATORS YEAR [BAD_ROWS_PER_THOUSAND] [names]}:
 * with {@code names} every row also gives the indicator's name and unit, as a submission
 * must when there is no catalog.
 */
public final class InputGenerator {

	private static final String[] GROUPS = { "kinh_te", "van_hoa_xa_hoi", "moi_truong", "quoc_phong_an_ninh",
			"xay_dung_dang" };

	private static final String[] SUBJECTS = { "Tốc độ tăng trưởng giá trị sản xuất", "Tỷ lệ hộ dân được tiếp cận",
			"Tổng vốn đầu tư thực hiện", "Số lao động được tạo việc làm mới", "Tỷ lệ xã đạt chuẩn",
			"Kim ngạch xuất khẩu hàng hóa", "Thu ngân sách từ hoạt động", "Tỷ lệ che phủ rừng tại khu vực",
			"Số đảng viên mới được kết nạp tại", "Tỷ lệ vụ việc được giải quyết" };

	private static final String[] PLACES = { "nông thôn", "miền núi", "ven biển", "đô thị",
			"vùng đồng bào dân tộc thiểu số", "khu công nghiệp", "các huyện phía Nam", "hải đảo" };

	private static final String[] UNITS = { "%", "tỷ đồng", "người", "xã", "triệu USD", "%", "đảng viên", "%" };

	private InputGenerator() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 4) {
			System.err.println("usage: InputGenerator DIR DEPARTMENTS INDICATORS YEAR [BAD_ROWS_PER_THOUSAND] [names]");
			System.exit(2);
		}
		int bad = (args.length > 4) ? Integer.parseInt(args[4]) : 2;
		boolean names = args.length > 5 && args[5].equals("names");
		long rows = generate(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]),
				Integer.parseInt(args[3]), bad, names);
		System.out.println("wrote " + rows + " rows to " + args[0]);
	}

	/**
	 * Writes an input folder.
	 * @param dir the folder to create
	 * @param departments how many departments, each with one file
	 * @param indicators how many indicators in the catalog, each reported by every
	 * department
	 * @param year the year reported
	 * @param badPerThousand rows in a thousand given a problem (a bad number, a missing
	 * plan...)
	 * @return the number of data rows written
	 * @throws IOException when the folder cannot be written
	 */
	public static long generate(Path dir, int departments, int indicators, int year, int badPerThousand)
			throws IOException {
		return generate(dir, departments, indicators, year, badPerThousand, false);
	}

	/**
	 * Writes an input folder, its submissions giving each indicator's name and unit when
	 * asked.
	 * @param dir the folder to create
	 * @param departments how many departments, each with one file
	 * @param indicators how many indicators in the catalog, each reported by every
	 * department
	 * @param year the year reported
	 * @param badPerThousand rows in a thousand given a problem
	 * @param names whether every row gives the indicator's name and unit
	 * @return the number of data rows written
	 * @throws IOException when the folder cannot be written
	 */
	public static long generate(Path dir, int departments, int indicators, int year, int badPerThousand, boolean names)
			throws IOException {
		Random random = new Random(20231205L);
		Files.createDirectories(dir.resolve("catalog"));
		Target[] targets = new Target[indicators];
		String[] indicatorNames = new String[indicators];
		try (BufferedWriter catalog = writer(dir.resolve("catalog/indicators.csv"), false)) {
			catalog.write("indicator;group;name;unit;plan;plan_next;department;resolution;order\n");
			for (int i = 0; i < indicators; i++) {
				targets[i] = Target.random(random, i);
				String unit = UNITS[i % UNITS.length];
				String name = SUBJECTS[i % SUBJECTS.length] + " " + PLACES[(i / SUBJECTS.length) % PLACES.length]
						+ " (chỉ tiêu " + (i + 1) + ")";
				indicatorNames[i] = name;
				catalog.write(String.format("%s;%s;%s;%s;%s;%s;%s;%s;%d%n", indicator(i), GROUPS[i % GROUPS.length],
						name, unit, targets[i].vietnamese(), targets[i].next(), department(i % departments),
						(i % 10 == 9) ? "không" : "có", i + 1));
			}
		}
		try (BufferedWriter catalog = writer(dir.resolve("catalog/departments.csv"), false)) {
			catalog.write("department;name;expected\n");
			for (int d = 0; d < departments; d++) {
				catalog.write(department(d) + ";Đơn vị số " + (d + 1) + ";có\n");
			}
		}
		long rows = 0;
		for (int d = 0; d < departments; d++) {
			boolean english = d % 4 == 3;
			char sep = english ? ',' : ';';
			try (BufferedWriter out = writer(dir.resolve(department(d) + ".csv"), d % 2 == 0)) {
				if (d % 5 == 1) {
					out.write("sep=" + sep + "\r\n");
				}
				String nameHeaders = names ? (english ? "name,unit," : "Chỉ tiêu;ĐVT;") : "";
				out.write(english ? "department,year,indicator," + nameHeaders + "plan,actual,previous,note\r\n"
						: "Mã đơn vị;Năm;Mã chỉ tiêu;" + nameHeaders
								+ "Kế hoạch;Ước thực hiện;TH năm trước;Ghi chú\r\n");
				for (int i = 0; i < indicators; i++) {
					Target target = targets[i];
					double actual = target.actual(random);
					double previous = actual * (0.9 + random.nextDouble() * 0.15);
					String actualText = number(actual, english);
					String plan = english ? target.english() : target.vietnamese();
					if (random.nextInt(1000) < badPerThousand) {
						actualText = english ? "9,4x" : "9.4.5";
					}
					String note = (actual < target.low)
							? "\"Chưa đạt do thiếu nguồn lực" + (english ? "" : "; cần bổ sung kinh phí") + "\"" : "";
					String nameCells = names
							? quote(indicatorNames[i], sep) + sep + quote(UNITS[i % UNITS.length], sep) + sep : "";
					out.write(department(d) + sep + year + sep + indicator(i) + sep + nameCells + quote(plan, sep) + sep
							+ quote(actualText, sep) + sep + quote(number(previous, english), sep) + sep + note
							+ "\r\n");
					rows++;
				}
			}
		}
		return rows;
	}

	static String department(int d) {
		return String.format("D%04d", d + 1);
	}

	static String indicator(int i) {
		return String.format("I%05d", i + 1);
	}

	private static String number(double value, boolean english) {
		String text = String.format(Locale.ROOT, "%,.2f", value);
		return english ? text : text.replace(',', ' ').replace('.', ',').replace(' ', '.');
	}

	private static String quote(String text, char sep) {
		return (text.indexOf(sep) >= 0) ? "\"" + text + "\"" : text;
	}

	private static BufferedWriter writer(Path file, boolean bom) throws IOException {
		OutputStream out = Files.newOutputStream(file);
		if (bom) {
			out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		}
		return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
	}

	/** A target of one of the forms resolutions use. */
	private record Target(int form, double low, double high) {

		static Target random(Random random, int i) {
			double base = (i % UNITS.length == 0 || UNITS[i % UNITS.length].equals("%")) ? 40 + random.nextInt(55)
					: 100 + random.nextInt(20_000);
			return new Target(i % 6, base, base * 1.05);
		}

		double actual(Random random) {
			return this.low * (0.9 + random.nextDouble() * 0.25);
		}

		String vietnamese() {
			return text(false);
		}

		String english() {
			return text(true);
		}

		String next() {
			return number(this.low * 1.05, false);
		}

		private String text(boolean english) {
			String low = number(this.low, english);
			String high = number(this.high, english);
			return switch (this.form) {
				case 0 -> low;
				case 1 -> low + "-" + high;
				case 2 -> "trên " + low;
				case 3 -> "≥ " + low;
				case 4 -> "dưới " + high;
				default -> "từ " + low + " đến " + high;
			};
		}

	}

}
