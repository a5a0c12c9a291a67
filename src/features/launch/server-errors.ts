/**
 * Which input a 400 from the admin is about, from flyteadmin's messages (execution_validator.go:90, :99, :106,
 * :109, :117; errors.go:233-234). Null when the message names no input the form shows.
 */
const PATTERNS = [
  /^invalid input (\S+)$/,
  /^expected_inputs (\S+) missing$/,
  /^invalid (\S+) input wrong type\b/,
  /^fixed_inputs (\S+) cannot be overridden$/,
  /^Failed to validate literal type for \[([^\]]+)\]/,
];

export function fieldOfServerError(message: string, fieldNames: readonly string[]): string | null {
  for (const pattern of PATTERNS) {
    const name = pattern.exec(message)?.[1];
    if (name && fieldNames.includes(name)) return name;
  }
  return null;
}
