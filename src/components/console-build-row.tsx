import { useBuildInfo } from '../api/build-info';

/**
 * A "Console build" term and value for a description list (the auth panel's): version, commit and build time
 * from /console/version.json.
 */
export function ConsoleBuildRow() {
  const { data, error, isPending } = useBuildInfo();
  let text: string;
  if (isPending) text = 'loading…';
  else if (error) text = `unknown (${error.message})`;
  else if (!data) text = 'unknown (this server has no version.json)';
  else {
    const commit = data.commit === 'unknown' ? 'commit unknown' : `commit ${data.commit.slice(0, 12)}`;
    text = `${data.version} (${commit}, built ${data.builtAt})`;
  }
  return (
    <div>
      <dt>Console build</dt>
      <dd>{text}</dd>
    </div>
  );
}
