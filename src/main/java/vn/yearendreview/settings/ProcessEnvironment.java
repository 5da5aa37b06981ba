package vn.yearendreview.settings;

import java.util.Map;

/**
 * The environment variables the command was started with, where secrets such as passwords
 * are read from; tests give their own.
 *
 * @param variables name to value
 */
public record ProcessEnvironment(Map<String, String> variables) {

	public ProcessEnvironment {
		variables = Map.copyOf(variables);
	}

	/**
	 * A variable.
	 * @param name its name
	 * @return its value, {@code null} when not set
	 */
	public String get(String name) {
		return this.variables.get(name);
	}

	/** Values are not shown: they may be passwords. */
	@Override
	public String toString() {
		return "ProcessEnvironment" + this.variables.keySet();
	}

}
