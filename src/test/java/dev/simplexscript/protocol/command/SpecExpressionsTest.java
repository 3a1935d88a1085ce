package dev.simplexscript.protocol.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.protocol.Json;
import dev.simplexscript.testutil.CommandCases;
import dev.simplexscript.testutil.Spec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The command grammar checked against a source that is not our own code: COMMANDS.md gives, for
 * each command, a JavaScript and a Python expression that builds the command string from its
 * parameters. This test evaluates those expressions (JavaScript in GraalJS, Python in
 * {@code python3}) on the parameters of every case in {@code protocol/command-cases.jsonl}, and
 * checks that the case's expected string, our encoder and both expressions agree. The cases'
 * parameters were chosen by hand from COMMANDS.md's parameter lists and PROTOCOL.md's examples;
 * their expected strings are what the spec's expressions make of them, so they are not a copy of
 * our encoder's output.
 *
 * <p>Two things the expressions need that COMMANDS.md leaves to TYPES.md are written here from
 * PROTOCOL.md §7: the string forms of {@code ChatRef}, {@code ChatDeleteMode} and
 * {@code CreatedConnLink} ({@code toString()} / {@code str()}). Python's {@code json.dumps} is
 * evaluated with compact separators and {@code ensure_ascii=False}, the form JavaScript's
 * {@code JSON.stringify} writes (a core reads either).
 */
class SpecExpressionsTest {
    /** Types whose string form a command uses, written from PROTOCOL.md §7.1. */
    private static final String JS_TYPES = """
            const chatTypeString = t => ({direct: '@', group: '#', local: '*'})[t] ?? ''
            const scopeString = s => s ? '(_support' + (s.groupMemberId_ != null ? ':' + s.groupMemberId_ : '') + ')' : ''
            const stringForms = {
              ChatRef: o => chatTypeString(o.chatType) + o.chatId + scopeString(o.chatScope),
              ChatDeleteMode: o => o.type + (o.type !== 'messages' && o.notify === false ? ' notify=off' : ''),
              CreatedConnLink: o => o.connFullLink + (o.connShortLink ? ' ' + o.connShortLink : ''),
            }
            const typed = (type, value) => value == null || !stringForms[type] ? value
              : Object.assign(Object.create({toString() { return stringForms[type](this) }}), value)
            """;

    private static final String PY_HARNESS = """
            import json as _json, sys
            class _Json:
                @staticmethod
                def dumps(o): return _json.dumps(o, separators=(',', ':'), ensure_ascii=False)
            def _chat_type(t): return {'direct': '@', 'group': '#', 'local': '*'}.get(t, '')
            def _scope(s): return '' if not s else '(_support' + (':' + str(s['groupMemberId_']) if s.get('groupMemberId_') is not None else '') + ')'
            _forms = {
                'ChatRef': lambda o: _chat_type(o['chatType']) + str(o['chatId']) + _scope(o.get('chatScope')),
                'ChatDeleteMode': lambda o: o['type'] + (' notify=off' if o['type'] != 'messages' and o.get('notify') is False else ''),
                'CreatedConnLink': lambda o: o['connFullLink'] + ((' ' + o['connShortLink']) if o.get('connShortLink') else ''),
            }
            class _Typed(dict):
                def __init__(self, form, value): super().__init__(value); self._form = form
                def __str__(self): return self._form(self)
            for line in sys.stdin:
                case = _json.loads(line)
                names = {'json': _Json}
                for name, kind in case['types'].items():
                    value = case['params'].get(name)
                    names[name] = _Typed(_forms[kind], value) if value is not None and kind in _forms else value
                try:
                    print(_json.dumps({'ok': eval(case['expr'], {}, names)}, ensure_ascii=False), flush=True)
                except Exception as e:
                    print(_json.dumps({'error': type(e).__name__ + ': ' + str(e)}), flush=True)
            """;

    private static Map<String, SpecCommand> commands;

    /** A command as COMMANDS.md documents it: its parameters (name → type) and its two expressions. */
    record SpecCommand(String name, Map<String, String> params, String js, String python) {}

    @BeforeAll
    static void readCommandsMd() {
        commands = parse(Spec.read(Spec.file("COMMANDS.md")));
    }

    @Test
    void commandsMdGivesBothExpressionsForEveryCommandWithCases() {
        for (JsonNode c : CommandCases.all()) {
            SpecCommand spec = commands.get(c.get("command").stringValue());
            assertTrue(spec != null && spec.js() != null && spec.python() != null, "COMMANDS.md has expressions for " + c.get("command"));
        }
    }

    @Test
    void theSpecsJavaScriptExpressionsTheCasesAndOurEncoderAgree() {
        List<String> problems = new ArrayList<>();
        try (Context js = Context.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build()) {
            js.eval("js", JS_TYPES);
            for (JsonNode c : CommandCases.all()) {
                SpecCommand spec = commands.get(c.get("command").stringValue());
                String bySpec = js.eval("js", program(spec, (ObjectNode) c.get("params"))).asString();
                String expect = c.get("expect").stringValue();
                String ours = Commands.encode(spec.name(), (ObjectNode) c.get("params"));
                if (!bySpec.equals(expect)) problems.add(spec.name() + ": the case expects " + Json.write(expect) + ", the spec's JavaScript gives " + Json.write(bySpec));
                if (!bySpec.equals(ours)) problems.add(spec.name() + ": our encoder gives " + Json.write(ours) + ", the spec's JavaScript " + Json.write(bySpec));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theSpecsPythonExpressionsGiveTheSameStrings() throws Exception {
        Process python;
        try {
            python = new ProcessBuilder("python3", "-c", PY_HARNESS).redirectErrorStream(true).start();
        } catch (IOException noPython) {
            Assumptions.abort("python3 is not installed: the Python expressions were not evaluated (" + noPython.getMessage() + ")");
            return;
        }
        List<JsonNode> cases = CommandCases.all();
        StringBuilder input = new StringBuilder();
        for (JsonNode c : cases) {
            SpecCommand spec = commands.get(c.get("command").stringValue());
            ObjectNode line = Json.object().put("expr", spec.python());
            line.set("params", c.get("params"));
            line.set("types", Json.tree(spec.params()));
            input.append(Json.write(line)).append('\n');
        }
        try (var stdin = python.getOutputStream()) {
            stdin.write(input.toString().getBytes(StandardCharsets.UTF_8));
        }
        List<String> answers = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertTrue(python.waitFor(60, TimeUnit.SECONDS), "python3 finished");
        assertEquals(cases.size(), answers.size(), "one answer per case: " + answers);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            JsonNode answer = Json.parse(answers.get(i));
            String expect = cases.get(i).get("expect").stringValue();
            String name = cases.get(i).get("command").stringValue();
            if (answer.has("error")) problems.add(name + ": the spec's Python fails: " + answer.get("error").stringValue());
            else if (!answer.get("ok").stringValue().equals(expect)) {
                problems.add(name + ": the case expects " + Json.write(expect) + ", the spec's Python gives " + Json.write(answer.get("ok").stringValue()));
            }
        }
        assertEquals(List.of(), problems);
    }

    /** The spec's expression as a JavaScript program over the case's parameters. */
    private static String program(SpecCommand spec, ObjectNode params) {
        StringBuilder js = new StringBuilder("(() => {\nconst p = ").append(Json.write(params)).append('\n');
        for (Map.Entry<String, String> param : spec.params().entrySet()) {
            js.append("const ").append(param.getKey()).append(" = typed(").append(Json.write(param.getValue()))
                    .append(", p[").append(Json.write(param.getKey())).append("])\n");
        }
        return js.append("return ").append(spec.js()).append("\n})()").toString();
    }

    private static final Pattern SECTION = Pattern.compile("(?m)^### (\\w+)\\s*$");
    private static final Pattern PARAM = Pattern.compile("(?m)^- (\\w+): (?:\\[+(\\w+)\\]|(\\w+))");
    private static final Pattern JS = Pattern.compile("```javascript\\n(.*?) // JavaScript\\n```", Pattern.DOTALL);
    private static final Pattern PY = Pattern.compile("```python\\n(.*?) # Python\\n```", Pattern.DOTALL);
    private static final Pattern PLAIN = Pattern.compile("\\*\\*Syntax\\*\\*:\\s*```\\n(.*?)\\n```", Pattern.DOTALL);

    /** Every {@code ### Name} section of COMMANDS.md with parameters and expressions. */
    static Map<String, SpecCommand> parse(String markdown) {
        Map<String, SpecCommand> out = new LinkedHashMap<>();
        Matcher section = SECTION.matcher(markdown);
        List<int[]> bounds = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (section.find()) {
            names.add(section.group(1));
            bounds.add(new int[] {section.end(), 0});
        }
        for (int i = 0; i < names.size(); i++) {
            int end = i + 1 < names.size() ? markdown.lastIndexOf("###", bounds.get(i + 1)[0]) : markdown.length();
            String body = markdown.substring(bounds.get(i)[0], end);
            int paramsAt = body.indexOf("**Parameters**:");
            int syntaxAt = body.indexOf("**Syntax**:");
            if (syntaxAt < 0) continue;
            Map<String, String> params = new LinkedHashMap<>();
            if (paramsAt >= 0) {
                Matcher p = PARAM.matcher(body.substring(paramsAt, syntaxAt));
                while (p.find()) params.put(p.group(1), p.group(2) != null ? p.group(2) : p.group(3));
            }
            Matcher js = JS.matcher(body);
            Matcher py = PY.matcher(body);
            // A command without parameters has only its syntax, a literal: the same string in both languages.
            Matcher plain = PLAIN.matcher(body);
            String literal = params.isEmpty() && plain.find() ? Json.write(plain.group(1)) : null;
            out.put(names.get(i), new SpecCommand(names.get(i), params, js.find() ? js.group(1) : literal, py.find() ? py.group(1) : literal));
        }
        return out;
    }
}
