import rule from '../../analyzer/rules/eager-test.js';
import { py, ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'processes, fakes and event loops are tools, and closing is cleanup', code: py`
        import multiprocessing

        def test_pattern_does_not_hang():
            p = multiprocessing.Process(target=work)
            p.start()
            p.join(5)
            assert not p.is_alive()
            p.terminate()

        def test_build_path(self):
            ns = MockPosixNamespace(argv0="/usr/bin/python")
            ns.add_known_xfile("/usr/bin/python")
            ns.add_known_link("/usr/bin/python", "/opt/python")
            ns.add_known_file("/opt/pybuilddir.txt")
            ns.add_known_dir("/opt/lib-dynload")
            assert getpath(ns)["prefix"] == "/opt"

        def test_open_fd():
            f = ConsoleIO(0, "r")
            assert f.readable()
            assert not f.writable()
            assert f.fileno() == 0
            f.close()
      ` },
    { name: 'one behaviour per test', code: py`
        def test_pop_returns_last_pushed():
            stack = Stack()
            stack.push(1)
            stack.push(2)
            assert stack.pop() == 2
      ` },
    { name: 'objects not built in the test, doubles, and values are not the object under test', code: py`
        from unittest.mock import Mock

        def test_client(client, tmp_path):
            client.login()
            client.get("/")
            client.post("/")
            client.logout()
            assert client.ok

        def test_mock():
            m = Mock()
            m.a(); m.b(); m.c(); m.d()
            m.a.assert_called_once()

        def test_result():
            result = compute()
            result.keys(); result.values(); result.items(); result.get("a")
            assert result
      ` },
    { name: 'setup calls and read-only getters are not behaviours (configure the parser, observe the graph)', code: py`
        def test_help(self):
            parser = ArgumentParser(prog="P")
            parser.add_argument("--foo")
            parser.set_defaults(foo=1)
            sub = parser.add_subparsers()
            assert parser.format_usage() == "usage: P"
            assert parser.format_help().startswith("usage")

        def test_done():
            ts = TopologicalSorter()
            ts.add(1, 2)
            ts.prepare()
            assert ts.get_ready() == (2,)
            ts.done(2)
            assert ts.is_active()
            assert ts.get_ready() == (1,)
      ` },
    { name: 'factory methods build the test data, unlink is cleanup', code: py`
        def test_legal_children():
            dom = Document()
            elem = dom.createElement("element")
            text = dom.createTextNode("text")
            dom.appendChild(elem)
            assert dom.documentElement is elem
            dom.unlink()
      ` },
    { name: 'calls inside assertions observe what the test did', code: py`
        def test_read_404():
            parser = RobotFileParser(URL)
            parser.read()
            assert parser.mtime() == 0
            assert parser.crawl_delay("*") is None
            assert parser.request_rate("*") is None
            assert parser.allow_all
      ` },
    { name: 'methods used as decorators configure the object', code: py`
        def test_blueprint_handler():
            app = Flask(__name__)

            @app.errorhandler(500)
            def handle(e):
                return "x"

            @app.route("/")
            def index():
                raise ValueError

            app.register_blueprint(bp)
            client = app.test_client()
            assert client.get("/").data == b"x"
      ` },
    { name: 'threshold option', options: { methods: 6 }, code: py`
        def test_stack():
            stack = Stack()
            stack.push(1)
            stack.peek()
            stack.pop()
            stack.clear()
            assert stack.is_empty() is None or True
      ` },
  ],
  invalid: [
    { name: 'pytest test exercising a whole stack', code: py`
        def test_stack():
            stack = Stack()
            stack.push(1)
            stack.push(2)
            stack.pop()
            stack.reverse()
            stack.clear()
            assert stack.is_empty()
      `, errors: [{ line: 1, column: 5, message: 'Test `test_stack` calls 4 different methods of `stack` (`push`, `pop`, `reverse`, `clear`): it checks several behaviours at once; split it.' }] },
    { name: 'a test that only calls inside assertions: those calls are the behaviours', code: py`
        def test_base_protocol(transport):
            p = BaseProtocol()
            assert p.connection_made(transport) is None
            assert p.connection_lost(None) is None
            assert p.pause_writing() is None
            assert p.resume_writing() is None
      `, errors: [{ line: 1, message: /calls 4 different methods of `p`/ }] },
    { name: 'unittest test on a field built in setUp', code: py`
        import unittest

        class TestQueue(unittest.TestCase):
            def setUp(self):
                self.q = queue.Queue()
                self.s = Store()

            def test_everything(self):
                self.s.open()
                self.s.put("a", 1)
                self.assertEqual(self.s.get("a"), 1)
                self.s.delete("a")
                self.s.compact()
                self.s.close()
      `, errors: [{ line: 8, message: 'Test `TestQueue::test_everything` calls 4 different methods of `self.s` (`open`, `put`, `delete`, `compact`): it checks several behaviours at once; split it.' }] },
    { name: 'a test of a read-only API: the getters are the behaviours', code: py`
        def test_empty_attributes():
            attrs = AttributesImpl({})
            assert attrs.getLength() == 0
            assert attrs.getNames() == []
            assert attrs.keys() == []
            assert not attrs.has_key("x")
      `, errors: [{ line: 1, message: /calls 4 different methods of `attrs` \(`getLength`, `getNames`, `keys`, `has_key`\)/ }] },
  ],
});
