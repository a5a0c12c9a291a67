export interface Domain {
  id: string;
  name: string;
}

export interface Project {
  id: string;
  name: string;
  description: string;
  domains: Domain[];
  state: string;
}
