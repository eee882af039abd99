"""Review: render a Plan for people (terminal summary, one self-contained HTML page,
a decisions file, Word tracked changes) and apply their decisions. Consumes a Plan,
never recomputes one."""
