/**
 * Markers pytest knows without the suite registering them: pytest's own, and those widely used
 * plugins register when installed. The one list `unregistered-marker` consults; extend it here,
 * with the plugin's name as `-p no:NAME` spells it (a disabled plugin registers nothing).
 */

/** Registered by pytest itself (`src/_pytest`: skipping.py, python.py, warnings.py, fixtures, config/__init__.py, pytester.py). */
export const BUILTIN_MARKERS: readonly string[] = ['skip', 'skipif', 'xfail', 'parametrize', 'usefixtures', 'filterwarnings', 'tryfirst', 'trylast', 'pytester_example_path'];

/** Markers of common plugins, by the plugin's `-p` name. A suite using them has the plugin installed. */
export const PLUGIN_MARKERS: Readonly<Record<string, readonly string[]>> = {
  asyncio: ['asyncio'], // pytest-asyncio
  anyio: ['anyio'], // anyio's pytest plugin
  trio: ['trio'], // pytest-trio
  tornado: ['gen_test'], // pytest-tornado
  django: ['django_db', 'urls', 'ignore_template_errors'], // pytest-django
  flask: ['options'], // pytest-flask
  timeout: ['timeout'], // pytest-timeout
  flaky: ['flaky'], // flaky
  rerunfailures: ['flaky'], // pytest-rerunfailures
  retry: ['flaky'], // pytest-retry
  repeat: ['repeat'], // pytest-repeat
  benchmark: ['benchmark'], // pytest-benchmark
  xdist: ['xdist_group'], // pytest-xdist
  forked: ['forked'], // pytest-forked
  order: ['order'], // pytest-order
  ordering: ['run'], // pytest-ordering
  dependency: ['dependency'], // pytest-dependency
  hypothesispytest: ['hypothesis'], // hypothesis
  httpx: ['httpx_mock'], // pytest-httpx
  respx: ['respx'], // respx
  recording: ['vcr', 'default_cassette', 'block_network', 'allowed_hosts'], // pytest-recording
  vcr: ['vcr'], // pytest-vcr
  socket: ['disable_socket', 'enable_socket', 'allow_hosts'], // pytest-socket
  freezer: ['freeze_time'], // pytest-freezer
  freezegun: ['freeze_time'], // pytest-freezegun
  pytest_cov: ['no_cover'], // pytest-cov
  playwright: ['browser_context_args', 'only_browser', 'skip_browser'], // pytest-playwright
  qt: ['qt_no_exception_capture', 'qt_log_level_fail', 'qt_log_ignore'], // pytest-qt
  memray: ['limit_memory', 'limit_leaks'], // pytest-memray
  mpl: ['mpl_image_compare'], // pytest-mpl
  remotedata: ['remote_data'], // pytest-remotedata
  celery: ['celery'], // celery's pytest plugin
  run_parallel: ['parallel_threads', 'thread_unsafe'], // pytest-run-parallel
};

/** Every marker known without registration, leaving out those of `disabledPlugins`. */
export function knownMarkers(disabledPlugins: readonly string[]): Set<string> {
  const out = new Set(BUILTIN_MARKERS);
  for (const [plugin, markers] of Object.entries(PLUGIN_MARKERS)) {
    if (disabledPlugins.includes(plugin)) continue;
    for (const m of markers) out.add(m);
  }
  return out;
}
