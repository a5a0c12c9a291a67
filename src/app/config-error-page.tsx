import type { ConfigProblem } from '../config/validate-config';
import { usePageTitle } from '../components/page-title';

interface ConfigErrorPageProps {
  source: string;
  problems: ConfigProblem[];
}

/** Shown instead of the console when config.json is unusable: every problem, with the file it came from. */
export function ConfigErrorPage({ source, problems }: ConfigErrorPageProps) {
  usePageTitle('Configuration problems');
  return (
    <main className="page-message" aria-labelledby="config-error-title">
      <h1 id="config-error-title">The console configuration has problems</h1>
      <p>
        The console read <code>{source}</code> and cannot start until{' '}
        {problems.length === 1 ? 'this is fixed' : `these ${problems.length} problems are fixed`}:
      </p>
      <ul className="problem-list">
        {problems.map((problem) => (
          <li key={`${problem.key}:${problem.message}`}>
            {problem.key ? <code>{problem.key}</code> : <span>The file</span>} {problem.message}
          </li>
        ))}
      </ul>
      <p>
        Every key is optional; the README lists them with examples. Reload this page after fixing the file.
      </p>
      <button type="button" onClick={() => window.location.reload()}>
        Reload
      </button>
    </main>
  );
}
