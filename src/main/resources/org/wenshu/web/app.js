// wenshu serve: the page's script. Plain JavaScript, no libraries, nothing from the internet.
'use strict';
(function () {
  const messages = JSON.parse(document.getElementById('messages').textContent);
  const $ = (id) => document.getElementById(id);
  const state = { files: [], kinds: [], order: [], excluded: new Set(), omitted: {}, values: {}, options: {}, settings: {}, plan: null, buildCount: 0 };

  function t(key, ...args) {
    const text = Object.prototype.hasOwnProperty.call(messages, key) ? messages[key] : key;
    return text.replace(/\{(\d+)\}/g, (m, i) => (args[i] !== undefined ? String(args[i]) : m)).replace(/''/g, "'");
  }
  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attributes || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key === 'class') node.className = value;
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? '' : value);
    }
    for (const child of children.flat()) {
      if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
    }
    return node;
  }
  function size(bytes) {
    if (bytes < 1024) return bytes + ' B';
    if (bytes < 1024 * 1024) return (bytes / 1024).toFixed(1) + ' KB';
    return (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '') + ' MB';
  }
  function notice(text, ok) {
    const box = $('notice');
    if (!text) { box.hidden = true; box.textContent = ''; return; }
    box.textContent = text;
    box.className = ok ? 'ok' : '';
    box.hidden = false;
  }

  // Every call answers JSON; an error answer carries {error: "one plain line"}.
  async function call(method, url, body, headers) {
    let response;
    try {
      response = await fetch(url, { method, body, headers, credentials: 'same-origin' });
    } catch (e) {
      throw new Error(t('error.network'));
    }
    let data = null;
    try { data = await response.json(); } catch (e) { data = null; }
    if (!response.ok && !(data && data.file)) {
      const error = new Error((data && data.error) || t('error.internal', response.status));
      error.job = data && data.job;
      throw error;
    }
    return data;
  }

  // ------------------------------------------------------------------ state from the server
  function apply(data) {
    state.files = data.files;
    state.kinds = data.kinds;
    state.limits = data.limits;
    const ids = data.files.map((f) => f.id);
    state.order = state.order.filter((id) => ids.includes(id)).concat(ids.filter((id) => !state.order.includes(id)));
    $('limits').textContent = t('files.limits', size(data.limits.maxFileBytes), data.limits.maxFiles, size(data.limits.maxTotalBytes));
    renderFiles();
    if (!$('kind').options.length) renderKinds();
    if (data.build) showBuild(data.build);
  }
  async function refresh() {
    try { apply(await call('GET', '/api/state')); } catch (e) { notice(e.message); }
  }

  // ------------------------------------------------------------------ uploads
  async function upload(files) {
    if (!files.length) return;
    notice('');
    const status = $('upload-status');
    status.hidden = false;
    const problems = [];
    for (let i = 0; i < files.length; i++) {
      status.querySelector('span').textContent = t('files.uploading', i + 1, files.length);
      $('upload-progress').max = files.length;
      $('upload-progress').value = i;
      if (state.limits && files[i].size > state.limits.maxFileBytes) {
        // refused here rather than after sending it all; the server checks again
        problems.push(t('upload.tooLarge', files[i].name, size(files[i].size), size(state.limits.maxFileBytes)));
        continue;
      }
      try {
        const data = await call('POST', '/api/files?name=' + encodeURIComponent(files[i].name), files[i],
          { 'Content-Type': 'application/octet-stream' });
        if (data.file && data.file.error) problems.push(data.file.error);
        if (data.state) apply(data.state);
      } catch (e) {
        problems.push(e.message);
      }
    }
    status.hidden = true;
    if (problems.length) notice(problems.join('\n'));
  }
  async function filesOfEntry(entry, out) {
    if (entry.isFile) {
      out.push(await new Promise((resolve, reject) => entry.file(resolve, reject)));
    } else if (entry.isDirectory) {
      const reader = entry.createReader();
      let batch;
      do {
        batch = await new Promise((resolve, reject) => reader.readEntries(resolve, reject));
        for (const child of batch) await filesOfEntry(child, out);
      } while (batch.length);
    }
  }
  function setUpUploads() {
    $('file-input').addEventListener('change', (e) => { upload([...e.target.files]).then(() => { e.target.value = ''; }); });
    $('folder-input').addEventListener('change', (e) => { upload([...e.target.files]).then(() => { e.target.value = ''; }); });
    const drop = $('drop');
    const isFiles = (e) => e.dataTransfer && [...e.dataTransfer.types].includes('Files');
    drop.addEventListener('dragover', (e) => { if (isFiles(e)) { e.preventDefault(); drop.classList.add('over'); } });
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));
    drop.addEventListener('drop', async (e) => {
      if (!isFiles(e)) return;
      e.preventDefault();
      drop.classList.remove('over');
      const entries = [...e.dataTransfer.items].map((item) => item.webkitGetAsEntry && item.webkitGetAsEntry()).filter(Boolean);
      const files = [];
      if (entries.length) { for (const entry of entries) await filesOfEntry(entry, files); } else files.push(...e.dataTransfer.files);
      upload(files);
    });
  }

  // ------------------------------------------------------------------ the list of sources
  function fileById(id) { return state.files.find((f) => f.id === id); }
  function move(id, delta) {
    const i = state.order.indexOf(id);
    const j = i + delta;
    if (i < 0 || j < 0 || j >= state.order.length) return;
    state.order.splice(i, 1);
    state.order.splice(j, 0, id);
    renderFiles();
    const again = document.querySelector(`#file-list > li[data-id="${id}"] button.${delta < 0 ? 'up' : 'down'}`);
    (again && !again.disabled ? again : document.querySelector(`#file-list > li[data-id="${id}"]`)).focus();
  }
  function problemsOf(file) {
    return (file.documents || []).reduce((n, d) => n + d.diagnostics.filter((x) => x.severity !== 'info').length, 0);
  }
  function lineButton(file, line, label) {
    return el('button', { type: 'button', onclick: () => showContext(file, line) }, label);
  }
  // a section unticked in a source's outline is left out of the report (the job file's omit:)
  function omitted(file) { return state.omitted[file.id] || (state.omitted[file.id] = new Set()); }
  function sectionBox(file, s) {
    if (!s.path) return null;
    return el('input', { type: 'checkbox', class: 'section-include', 'data-path': s.path, checked: !omitted(file).has(s.path),
      'aria-label': t('files.includeSection') + '：' + s.heading,
      onchange: (e) => { if (e.target.checked) omitted(file).delete(s.path); else omitted(file).add(s.path); } });
  }
  function outlineList(file, sections) {
    return el('ul', {}, sections.map((s) => el('li', {}, sectionBox(file, s),
      s.line > 0 ? lineButton(file, s.line, s.heading) : s.heading,
      ' ', el('span', { class: 'lines' }, (s.line > 0 ? t('files.line', s.line) + ' · ' : '') + t('files.paragraphs', s.paragraphs)),
      s.children.length ? outlineList(file, s.children) : null)));
  }
  function diagnosticItem(file, d) {
    const where = d.line > 0 ? t('files.line', d.line) : null;
    return el('li', { class: d.severity },
      el('span', { class: 'sev ' + d.severity }, t('severity.' + d.severity)),
      where && file ? lineButton(file, d.line, where) : where, where ? '：' : null,
      d.message + '（' + d.code + '）');
  }
  function fileItem(file, index) {
    const item = el('li', { 'data-id': file.id, tabindex: '0', draggable: 'true', class: file.error ? 'failed' : null,
      'aria-label': file.name });
    const head = el('div', { class: 'file-head' },
      el('span', { class: 'grip', 'aria-hidden': 'true' }, '⠿'),
      file.error ? null : el('input', { type: 'checkbox', id: 'include-' + file.id, checked: !state.excluded.has(file.id),
        'aria-label': t('files.include') + '：' + file.name,
        onchange: (e) => { if (e.target.checked) state.excluded.delete(file.id); else state.excluded.add(file.id); } }),
      el('span', { class: 'name' }, (index + 1) + '. ' + file.name),
      el('span', { class: 'meta' }, size(file.size) + (file.documents ? ' · ' + t('files.documents', file.documents.length) : '')),
      file.error ? null : el('span', { class: 'meta problems' },
        problemsOf(file) ? t('files.problems', problemsOf(file)) : t('files.noProblems')),
      el('button', { type: 'button', class: 'up', disabled: index === 0, 'aria-label': t('files.up') + '：' + file.name, onclick: () => move(file.id, -1) }, '↑'),
      el('button', { type: 'button', class: 'down', disabled: index === state.order.length - 1, 'aria-label': t('files.down') + '：' + file.name, onclick: () => move(file.id, 1) }, '↓'),
      el('button', { type: 'button', class: 'remove', 'aria-label': t('files.remove') + '：' + file.name, onclick: () => removeFile(file.id) }, t('files.remove')));
    item.append(head);
    if (file.error) {
      item.append(el('p', { class: 'error-text' }, file.error.startsWith(file.name) ? file.error : t('files.failed') + '：' + file.error));
    } else {
      for (const doc of file.documents) {
        const details = el('details', { open: file.documents.length === 1 && problemsOf(file) > 0 ? true : null },
          el('summary', {}, doc.title || file.name));
        details.append(el('h4', {}, t('files.outline')),
          doc.outline.length ? el('div', { class: 'outline' }, outlineList(file, doc.outline)) : el('p', { class: 'hint' }, t('files.noOutline')));
        if (doc.diagnostics.length) {
          details.append(el('h4', {}, t('files.diagnostics')), el('ul', { class: 'diagnostics' }, doc.diagnostics.map((d) => diagnosticItem(file, d))));
        }
        item.append(details);
      }
    }
    item.addEventListener('keydown', (e) => {
      if (e.target === item && e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
        e.preventDefault();
        move(file.id, e.key === 'ArrowUp' ? -1 : 1);
      }
    });
    item.addEventListener('dragstart', (e) => {
      e.dataTransfer.setData('application/x-wenshu-source', String(file.id));
      e.dataTransfer.effectAllowed = 'move';
      item.classList.add('dragging');
    });
    item.addEventListener('dragend', () => item.classList.remove('dragging'));
    item.addEventListener('dragover', (e) => {
      if ([...e.dataTransfer.types].includes('application/x-wenshu-source')) { e.preventDefault(); item.classList.add('drop-before'); }
    });
    item.addEventListener('dragleave', () => item.classList.remove('drop-before'));
    item.addEventListener('drop', (e) => {
      const dragged = Number(e.dataTransfer.getData('application/x-wenshu-source'));
      item.classList.remove('drop-before');
      if (!dragged || dragged === file.id) return;
      e.preventDefault();
      state.order.splice(state.order.indexOf(dragged), 1);
      state.order.splice(state.order.indexOf(file.id), 0, dragged);
      renderFiles();
    });
    return item;
  }
  function renderFiles() {
    const list = $('file-list');
    const open = new Set([...list.querySelectorAll('details[open]')].map((d) => d.closest('li').dataset.id + '/' + d.querySelector('summary').textContent));
    list.replaceChildren(...state.order.map((id, i) => fileItem(fileById(id), i)));
    list.querySelectorAll('details').forEach((d) => { if (open.has(d.closest('li').dataset.id + '/' + d.querySelector('summary').textContent)) d.open = true; });
    $('files-empty').hidden = state.files.length > 0;
  }
  async function removeFile(id) {
    try {
      apply(await call('DELETE', '/api/files/' + id));
      state.excluded.delete(id);
      $('context').hidden = true;
    } catch (e) { notice(e.message); }
  }
  async function showContext(file, line) {
    try {
      const data = await call('GET', '/api/files/' + file.id + '/lines?line=' + line);
      $('context-title').textContent = t('context.title', data.name, data.line);
      const pre = $('context-lines');
      pre.replaceChildren(...data.lines.map((l) => {
        const text = String(l.number).padStart(5, ' ') + '  ' + l.text + '\n';
        return l.number === data.line ? el('mark', {}, text) : document.createTextNode(text);
      }));
      $('context').hidden = false;
      $('context').focus();
    } catch (e) { notice(e.message); }
  }

  // ------------------------------------------------------------------ the build form
  function kind() { return state.kinds.find((k) => k.name === $('kind').value); }
  function renderKinds() {
    $('kind').replaceChildren(...state.kinds.map((k) => el('option', { value: k.name }, messages['kind.' + k.name] ? t('kind.' + k.name) : k.name)));
    $('kind').value = state.kinds.some((k) => k.name === 'compilation') ? 'compilation' : state.kinds[0].name;
    renderForm();
  }
  function field(key, type) {
    const id = 'field-' + key;
    const value = state.values[key] || '';
    const input = type === 'textarea'
      ? el('textarea', { id, rows: 3 })
      : el('input', { id, type: type === 'number' ? 'number' : type === 'date' ? 'date' : 'text', min: type === 'number' ? '1' : null,
        'aria-describedby': messages['hint.' + key] ? id + '-hint' : null });
    input.value = value;
    input.addEventListener('input', () => { state.values[key] = input.value; });
    return el('div', {}, el('label', { for: id }, messages['field.' + key] ? t('field.' + key) : key), input,
      messages['hint.' + key] ? el('span', { class: 'hint', id: id + '-hint' }, t('hint.' + key)) : null);
  }
  function select(id, label, choices, current, onchange) {
    const box = el('select', { id }, choices.map(([value, text]) => el('option', { value }, text)));
    box.value = current;
    box.addEventListener('change', () => onchange(box.value));
    return el('div', {}, el('label', { for: id }, label), box);
  }
  function check(id, label, current, onchange) {
    const box = el('input', { type: 'checkbox', id, checked: current });
    box.addEventListener('change', () => onchange(box.checked));
    return el('label', { class: 'check', for: id }, box, ' ', label);
  }
  function renderForm() {
    const form = kind().form;
    const types = state.formTypes || {};
    $('metadata').replaceChildren(el('legend', {}, t('build.metadata')), ...(form.fields || []).map((key) => field(key, (state.fieldTypes || {})[key] || types[key] || 'text')));
    $('metadata').hidden = !(form.fields || []).length;
    const o = state.options;
    const options = [el('legend', {}, t('build.options'))];
    for (const name of form.options || []) {
      if (name === 'toc') options.push(select('option-toc', t('option.toc'), [['', t('option.toc.default')], ['0', t('option.toc.0')], ['1', t('option.toc.1')], ['2', t('option.toc.2')], ['3', t('option.toc.3')]], o.toc ?? '', (v) => { o.toc = v; }));
      if (name === 'dedupe') options.push(check('option-dedupe', t('option.dedupe'), o.dedupe ?? true, (v) => { o.dedupe = v; }));
      if (name === 'placeholders') options.push(select('option-placeholders', t('option.placeholders'), [['warn', t('option.placeholders.warn')], ['fail', t('option.placeholders.fail')]], o.placeholders ?? 'warn', (v) => { o.placeholders = v; }));
      if (name === 'restore') {
        const area = el('textarea', { id: 'option-restore', rows: 2, spellcheck: 'false' });
        area.value = o.restore || '';
        area.addEventListener('input', () => { o.restore = area.value; });
        options.push(el('div', {}, el('label', { for: 'option-restore' }, t('option.restore')), area));
      }
    }
    for (const name of form.settings || []) {
      const defaults = state.settingDefaults || {};
      if (state.settings[name] === undefined) state.settings[name] = !!defaults[name];
      options.push(check('setting-' + name, t('setting.' + name), state.settings[name], (v) => { state.settings[name] = v; }));
    }
    $('options').replaceChildren(...options);
    $('options').hidden = options.length === 1;
    $('plan').hidden = !form.plan;
    if (form.plan && !$('plan-text').value) $('plan-text').value = state.planExample || '';
  }
  function formData() {
    const form = kind().form;
    const metadata = {};
    for (const key of form.fields || []) if (state.values[key]) metadata[key] = state.values[key];
    const o = state.options;
    const has = (name) => (form.options || []).includes(name);
    const settings = {};
    for (const name of form.settings || []) settings[name] = String(!!state.settings[name]);
    return {
      kind: kind().name,
      metadata,
      sources: state.order.filter((id) => !state.excluded.has(id) && !fileById(id).error),
      omit: Object.fromEntries(Object.entries(state.omitted).filter(([, paths]) => paths.size).map(([id, paths]) => [id, [...paths]])),
      toc: has('toc') && o.toc !== undefined && o.toc !== '' ? Number(o.toc) : null,
      dedupe: has('dedupe') ? (o.dedupe ?? true) : null,
      placeholders: has('placeholders') ? (o.placeholders || 'warn') : null,
      restore: has('restore') ? (o.restore || '') : null,
      settings,
      plan: form.plan ? $('plan-text').value : null,
    };
  }
  async function build(e) {
    e.preventDefault();
    notice('');
    const data = formData();
    if (!data.sources.length) { notice(t('build.noneChosen')); return; }
    const button = $('build-button');
    button.disabled = true;
    $('build-status-text').textContent = t('build.running');
    const slow = setTimeout(() => { $('build-status').hidden = false; }, 1000);
    // while the build waits for its turn (the server runs a few at once), say how many are before it
    const watch = setInterval(async () => {
      try {
        const status = await call('GET', '/api/build/status');
        if (status.state === 'queued') {
          $('build-status').hidden = false;
          $('build-status-text').textContent = t('build.queued', status.ahead + 1);
        } else if (status.state === 'running') {
          $('build-status-text').textContent = t('build.running');
        }
      } catch (ignored) { /* the build's own answer says what went wrong */ }
    }, 700);
    try {
      showBuild(await call('POST', '/api/build', JSON.stringify(data), { 'Content-Type': 'application/json' }));
      $('build-summary').focus();
    } catch (err) {
      notice(err.message);
      $('failed-job').hidden = !err.job;
      $('failed-job').querySelector('pre').textContent = err.job || '';
    } finally {
      clearTimeout(slow);
      clearInterval(watch);
      $('build-status').hidden = true;
      button.disabled = false;
    }
  }
  function showBuild(build) {
    state.buildCount++;
    $('failed-job').hidden = true;
    $('result').hidden = false;
    $('build-summary').textContent = t('build.done', build.parts, build.pages);
    $('build-summary').setAttribute('tabindex', '-1');
    $('job-text').textContent = build.job;
    const problems = build.diagnostics.filter((d) => d.severity !== 'info');
    $('build-problems').replaceChildren(...(problems.length ? [el('details', { open: problems.length <= 10 },
      el('summary', {}, t('build.diagnostics', problems.length)),
      el('ul', { class: 'diagnostics' }, problems.map((d) => diagnosticItem(null, Object.assign({}, d, { message: (d.file ? d.file + ' ' : '') + d.message })))))] : []));
    const sections = (list) => el('ul', {}, list.map((s) => el('li', {}, el('strong', {}, s.heading),
      s.paragraphs.length ? el('ul', { class: 'starts' }, s.paragraphs.map((p) => el('li', {}, p))) : null,
      s.children.length ? sections(s.children) : null)));
    $('report-outline').querySelector('div').replaceChildren(...build.outline.map((part) => el('div', {},
      el('h4', {}, part.title || part.source, part.source ? el('span', { class: 'hint' }, '（' + part.source + '）') : null),
      part.preamble.length ? el('ul', { class: 'starts' }, part.preamble.map((p) => el('li', {}, p))) : null,
      sections(part.sections))));
    $('report-outline').open = kind() !== undefined && kind().form.plan === true;
    const pages = [];
    const shown = Math.min(build.pages, 12);
    const figure = (i) => el('figure', {}, el('img', { src: '/api/pages/' + i + '.png?b=' + state.buildCount, alt: t('preview.page', i + 1), loading: 'lazy' }),
      el('figcaption', {}, t('preview.page', i + 1)));
    for (let i = 0; i < shown; i++) pages.push(figure(i));
    if (build.pages > shown) {
      const more = el('button', { type: 'button', onclick: () => {
        for (let i = shown; i < build.pages; i++) $('pages').insertBefore(figure(i), more);
        more.remove();
      } }, t('preview.more', build.pages));
      pages.push(more);
    }
    $('pages').replaceChildren(...pages);
  }

  // ------------------------------------------------------------------ start
  document.addEventListener('DOMContentLoaded', () => {
    setUpUploads();
    $('kind').addEventListener('change', renderForm);
    $('build-form').addEventListener('submit', build);
    $('context-close').addEventListener('click', () => { $('context').hidden = true; });
    fetch('/api/state', { credentials: 'same-origin' }).then((r) => r.json()).then((data) => {
      state.fieldTypes = data.forms.fieldTypes;
      state.settingDefaults = data.forms.settingDefaults;
      state.planExample = data.forms.planExample;
      apply(data);
    }).catch(() => notice(t('error.network')));
  });
})();
