/* eslint-disable @typescript-eslint/no-explicit-any -- parsed YAML is walked by path after the schema check; typing each path adds nothing */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseAllDocuments, parse } from 'yaml';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HTTPIngressPath } from 'kubernetes-models/networking.k8s.io/v1/HTTPIngressPath';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Probe } from 'kubernetes-models/v1/Probe';
import { Service } from 'kubernetes-models/v1/Service';
import { renderConfig } from '../image/render-config';
import { unknownFields } from './unknown-fields';

/**
 * The Kubernetes files an operator applies: each object validated against the Kubernetes API schema
 * (kubernetes-models) and checked for fields the API does not know (unknown-fields.ts), and the references between them, the image and the nginx config checked, since a
 * schema-valid Service that selects no pod is just as broken.
 */
const DIR = resolve('deploy/kubernetes');
const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
type Doc = { apiVersion: string; kind: string; metadata: { name: string }; [key: string]: unknown };

function load(path: string): Doc[] {
  return parseAllDocuments(readFileSync(path, 'utf8')).map((doc) => {
    assert.deepEqual(doc.errors, [], path);
    return doc.toJS() as Doc;
  });
}

function model(doc: Doc): { validate(): void } {
  const key = `${doc.apiVersion}/${doc.kind}`;
  switch (key) {
    case 'apps/v1/Deployment':
      return new Deployment(doc as never);
    case 'v1/Service':
      return new Service(doc as never);
    case 'v1/ConfigMap':
      return new ConfigMap(doc as never);
    case 'networking.k8s.io/v1/Ingress':
      return new Ingress(doc as never);
    default:
      return assert.fail(`no schema for ${key}`);
  }
}

/** Every object a kustomization pulls in, following directory resources. */
function kustomize(dir: string): { objects: Doc[]; kustomization: Record<string, unknown> } {
  const kustomization = parse(readFileSync(join(dir, 'kustomization.yaml'), 'utf8')) as Record<
    string,
    unknown
  >;
  assert.equal(kustomization.kind, 'Kustomization');
  const objects: Doc[] = [];
  for (const resource of kustomization.resources as string[]) {
    const path = join(dir, resource);
    assert.ok(existsSync(path), `${dir}: resource ${resource} is missing`);
    if (existsSync(join(path, 'kustomization.yaml'))) objects.push(...kustomize(path).objects);
    else objects.push(...load(path));
  }
  return { objects, kustomization };
}

const find = (objects: Doc[], kind: string) => {
  const found = objects.filter((o) => o.kind === kind);
  assert.equal(found.length, 1, `one ${kind}`);
  return found[0] as Doc & Record<string, never>;
};

describe('deploy/kubernetes', () => {
  it('lists every manifest in a kustomization, and each one is valid against the Kubernetes API schema', () => {
    for (const dir of [join(DIR, 'console'), DIR]) {
      const listed = kustomize(dir).kustomization.resources as string[];
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml') && f !== 'kustomization.yaml'))
        assert.ok(listed.includes(file), `${dir}/${file} is not in its kustomization`);
    }
    const { objects } = kustomize(DIR);
    assert.deepEqual(objects.map((o) => o.kind).sort(), ['ConfigMap', 'Deployment', 'Ingress', 'Service']);
    for (const object of objects) {
      assert.doesNotThrow(() => model(object).validate(), object.kind);
      assert.deepEqual(unknownFields(object, `${object.apiVersion}/${object.kind}`), []);
    }
  });

  it('the schema check does catch a broken object (control)', () => {
    const deployment = structuredClone(find(kustomize(DIR).objects, 'Deployment')) as Record<string, any>;
    deployment.spec.template.spec.containers[0].ports[0].containerPort = 'http';
    assert.throws(() => new Deployment(deployment).validate(), /containerPort must be integer/);
    deployment.spec.template.spec.containers[0].readinessprobe = { httpGet: { path: '/readyz', port: 8080 } };
    assert.deepEqual(unknownFields(deployment, 'apps/v1/Deployment'), [
      'Deployment.spec.template.spec.containers[0].readinessprobe',
    ]);
  });

  it('fits together: selector, ports, probes, ConfigMap, image tag, config.json', () => {
    const { objects, kustomization } = kustomize(DIR);
    const deployment = find(objects, 'Deployment') as any;
    const service = find(objects, 'Service') as any;
    const ingress = find(objects, 'Ingress') as any;
    const configMap = find(objects, 'ConfigMap') as any;
    const pod = deployment.spec.template;
    const [container] = pod.spec.containers;
    for (const [key, value] of Object.entries(service.spec.selector))
      assert.equal(pod.metadata.labels[key], value);
    assert.deepEqual(deployment.spec.selector.matchLabels, service.spec.selector);

    // nginx in the image listens on 8080 (deploy/image/nginx.conf); Service and Ingress reach it by name.
    assert.match(readFileSync('deploy/image/nginx.conf', 'utf8'), /^\s*listen 8080;/m);
    const port = container.ports.find((p: any) => p.name === service.spec.ports[0].targetPort);
    assert.equal(port?.containerPort, 8080);
    assert.equal(service.spec.ports[0].port, 80);
    const backend = ingress.spec.rules[0].http.paths[0];
    assert.equal(backend.path, '/console');
    assert.equal(backend.backend.service.name, service.metadata.name);
    assert.equal(backend.backend.service.port.name, service.spec.ports[0].name);

    // Probes ask for paths the shipped nginx config answers.
    const server = readFileSync('deploy/nginx/console-server.conf', 'utf8');
    for (const probe of [container.livenessProbe, container.readinessProbe]) {
      assert.ok(server.includes(`location = ${probe.httpGet.path} {`), probe.httpGet.path);
      assert.equal(probe.httpGet.port, 'http');
    }

    // config.json from the ConfigMap, where the start-up looks for it, valid by the console's own rules.
    const volume = pod.spec.volumes.find((v: any) => v.configMap?.name === configMap.metadata.name);
    const mount = container.volumeMounts.find((m: any) => m.name === volume?.name);
    const fileEnv = container.env.find((e: any) => e.name === 'CONSOLE_CONFIG_FILE');
    assert.equal(fileEnv?.value, `${mount.mountPath}/config.json`);
    const rendered = renderConfig({
      env: {},
      file: { path: 'configmap', text: configMap.data['config.json'] },
    });
    assert.ok(rendered.ok, JSON.stringify(rendered));

    // Writable /tmp for a read-only root file system; the release's tag everywhere.
    assert.equal(container.securityContext.readOnlyRootFilesystem, true);
    assert.ok(container.volumeMounts.some((m: any) => m.mountPath === '/tmp'));
    assert.equal(container.image, `flyte-console:${VERSION}`);
    assert.deepEqual((kustomization.images as any[])[0].newTag, VERSION);
  });
});

describe('deploy/kubernetes: flyte-core and flyte-binary recipes', () => {
  it('flyte-core values: image of this release, probes valid and answered on 8080, podEnv a valid config', () => {
    const values = parse(readFileSync(join(DIR, 'flyte-core/values.yaml'), 'utf8')).flyteconsole;
    assert.equal(values.image.tag, VERSION);
    const server = readFileSync('deploy/nginx/console-server.conf', 'utf8');
    for (const probe of [values.livenessProbe, values.readinessProbe]) {
      assert.doesNotThrow(() => new Probe(probe).validate());
      assert.deepEqual(unknownFields(probe, 'v1/Probe'), []);
      assert.equal(probe.httpGet.port, 8080); // the chart's containerPort, deployment.yaml:50
      assert.ok(server.includes(`location = ${probe.httpGet.path} {`));
    }
    const env = Object.fromEntries(
      (values.podEnv as { name: string; value: string }[]).map((e) => [e.name, e.value]),
    );
    const rendered = renderConfig({ env });
    assert.ok(rendered.ok, JSON.stringify(rendered));
  });

  it('flyte-binary: the console without an Ingress of its own; extra Ingress paths reach its Service', () => {
    const dir = join(DIR, 'flyte-binary');
    const { objects, kustomization } = kustomize(dir);
    assert.deepEqual(objects.map((o) => o.kind).sort(), ['ConfigMap', 'Deployment', 'Service']);
    assert.equal((kustomization.images as any[])[0].newTag, VERSION);
    const service = find(objects, 'Service') as any;
    const values = parse(readFileSync(join(dir, 'values.yaml'), 'utf8'));
    const paths = values.ingress.httpExtraPaths.prepend as any[];
    assert.deepEqual(
      paths.map((p) => p.path),
      ['/console', '/console/*'],
    );
    for (const path of paths) {
      assert.doesNotThrow(() => new HTTPIngressPath(path).validate());
      assert.deepEqual(unknownFields(path, 'networking.k8s.io/v1/HTTPIngressPath'), []);
      assert.equal(path.backend.service.name, service.metadata.name);
      assert.equal(path.backend.service.port.number, service.spec.ports[0].port);
    }
  });
});
