// The Pulse stub: calls made before pulse.js loads are queued and replayed by it.
window.Pulse =
  window.Pulse ||
  (() => {
    const q = [];
    const stub = { q };
    for (const m of ['identify', 'show', 'hide', 'reset', 'on']) stub[m] = (...args) => q.push([m, args]);
    return stub;
  })();

// What a host app does after sign-in.
window.Pulse.identify('user_4821', { plan: 'growth', role: 'admin', workspace: 'Northwind' });

for (const event of ['show', 'submit', 'dismiss']) {
  window.Pulse.on(event, (detail) => {
    const item = document.createElement('li');
    item.textContent = `${new Date().toLocaleTimeString()} · ${event} ${detail ? JSON.stringify(detail) : ''}`;
    document.getElementById('events')?.prepend(item);
  });
}

document.addEventListener('DOMContentLoaded', () => {
  const tag = document.querySelector('script[data-project]');
  const snippet = `<script async src="${new URL('/widget/v1/pulse.js', location.href)}"\n        data-project="${tag?.dataset.project ?? 'pk_…'}"></script>`;
  document.getElementById('snippet').textContent = snippet;
  document.getElementById('show').addEventListener('click', () => window.Pulse.show());
  document.getElementById('hide').addEventListener('click', () => window.Pulse.hide());
  document.getElementById('reset').addEventListener('click', () => window.Pulse.reset());
});
