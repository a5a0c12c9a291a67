import { useRef, type KeyboardEvent, type ReactNode } from 'react';

const TABS = [
  { id: 'graph', label: 'Graph' },
  { id: 'nodes', label: 'Nodes' },
  { id: 'timeline', label: 'Timeline' },
] as const;

export type TabId = (typeof TABS)[number]['id'];

export function readTab(value: string | null): TabId {
  return TABS.find((t) => t.id === value)?.id ?? 'graph';
}

/** WAI-ARIA tabs: one tab stop, arrow keys move between tabs and select them; the panel is labelled by its tab. */
export function ExecutionTabs({
  active,
  onChange,
  children,
}: {
  active: TabId;
  onChange: (tab: TabId) => void;
  children: ReactNode;
}) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    const index = TABS.findIndex((t) => t.id === active);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = TABS[(index + step + TABS.length) % TABS.length];
    if (!next) return;
    onChange(next.id);
    list.current?.querySelector<HTMLButtonElement>(`#tab-${next.id}`)?.focus();
  };
  return (
    <>
      <div className="tabs" role="tablist" aria-label="Execution views" ref={list} onKeyDown={onKeyDown}>
        {TABS.map((t) => (
          <button
            key={t.id}
            id={`tab-${t.id}`}
            type="button"
            role="tab"
            aria-selected={t.id === active}
            aria-controls={`panel-${t.id}`}
            tabIndex={t.id === active ? 0 : -1}
            onClick={() => onChange(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div className="tab-panel" role="tabpanel" id={`panel-${active}`} aria-labelledby={`tab-${active}`}>
        {children}
      </div>
    </>
  );
}
