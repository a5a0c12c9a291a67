import { queryOptions, useQuery } from '@tanstack/react-query';
import { adminFetch } from './admin-client-instance';
import { decodeResponse } from './decode';
import { page } from './decode-common';
import { project } from './decode-entities';
import { adminPath } from './list-query';
import { projectKeys } from './query-keys';
import type { Project } from './types/projects';

const decodeProjects = page('projects', project);

/** Projects are few and change rarely; limit 0 asks the admin for all of them in one answer. */
export async function fetchProjects(signal?: AbortSignal): Promise<Project[]> {
  const path = adminPath('projects');
  const json = await adminFetch(path, { query: { limit: 0 }, signal });
  return decodeResponse(decodeProjects, json, path).items;
}

export function projectsQueryOptions() {
  return queryOptions({
    queryKey: projectKeys.list(),
    queryFn: ({ signal }) => fetchProjects(signal),
    staleTime: 5 * 60_000,
  });
}

export function useProjects() {
  return useQuery(projectsQueryOptions());
}
