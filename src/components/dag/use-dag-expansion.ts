import { useCallback, useMemo, useState } from 'react';
import type { DagNode, DagNodeKind } from './dag-types';

/**
 * Which nodes of a drawing are expanded, with their kind (so a caller can read what each open node needs), and
 * the toggle that `GraphView` calls. Shared by the execution graph and the workflow version graph.
 */
export function useDagExpansion() {
  const [expanded, setExpanded] = useState<ReadonlyMap<string, DagNodeKind>>(new Map());
  const expandedKeys = useMemo(() => new Set(expanded.keys()), [expanded]);
  const onToggle = useCallback((key: string, node: DagNode) => {
    setExpanded((current) => {
      const next = new Map(current);
      if (next.has(key)) next.delete(key);
      else next.set(key, node.kind);
      return next;
    });
  }, []);
  return { expanded, expandedKeys, onToggle };
}
