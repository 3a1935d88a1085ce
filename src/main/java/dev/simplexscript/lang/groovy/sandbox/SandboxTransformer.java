package dev.simplexscript.lang.groovy.sandbox;

import groovy.lang.Script;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.codehaus.groovy.ast.ASTNode;
import org.codehaus.groovy.ast.ClassCodeExpressionTransformer;
import org.codehaus.groovy.ast.ClassHelper;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.DynamicVariable;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.Parameter;
import org.codehaus.groovy.ast.Variable;
import org.codehaus.groovy.ast.expr.ArgumentListExpression;
import org.codehaus.groovy.ast.expr.ArrayExpression;
import org.codehaus.groovy.ast.expr.AttributeExpression;
import org.codehaus.groovy.ast.expr.BinaryExpression;
import org.codehaus.groovy.ast.expr.BitwiseNegationExpression;
import org.codehaus.groovy.ast.expr.BooleanExpression;
import org.codehaus.groovy.ast.expr.CastExpression;
import org.codehaus.groovy.ast.expr.ClassExpression;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.ClosureListExpression;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.ConstructorCallExpression;
import org.codehaus.groovy.ast.expr.DeclarationExpression;
import org.codehaus.groovy.ast.expr.ElvisOperatorExpression;
import org.codehaus.groovy.ast.expr.EmptyExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.GStringExpression;
import org.codehaus.groovy.ast.expr.ListExpression;
import org.codehaus.groovy.ast.expr.MapEntryExpression;
import org.codehaus.groovy.ast.expr.MapExpression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.MethodPointerExpression;
import org.codehaus.groovy.ast.expr.NotExpression;
import org.codehaus.groovy.ast.expr.PostfixExpression;
import org.codehaus.groovy.ast.expr.PrefixExpression;
import org.codehaus.groovy.ast.expr.PropertyExpression;
import org.codehaus.groovy.ast.expr.RangeExpression;
import org.codehaus.groovy.ast.expr.SpreadExpression;
import org.codehaus.groovy.ast.expr.SpreadMapExpression;
import org.codehaus.groovy.ast.expr.StaticMethodCallExpression;
import org.codehaus.groovy.ast.expr.TernaryExpression;
import org.codehaus.groovy.ast.expr.TupleExpression;
import org.codehaus.groovy.ast.expr.UnaryMinusExpression;
import org.codehaus.groovy.ast.expr.UnaryPlusExpression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.ast.stmt.BlockStatement;
import org.codehaus.groovy.ast.stmt.CaseStatement;
import org.codehaus.groovy.ast.stmt.DoWhileStatement;
import org.codehaus.groovy.ast.stmt.ExpressionStatement;
import org.codehaus.groovy.ast.stmt.ForStatement;
import org.codehaus.groovy.ast.stmt.ReturnStatement;
import org.codehaus.groovy.ast.stmt.Statement;
import org.codehaus.groovy.ast.stmt.SwitchStatement;
import org.codehaus.groovy.ast.stmt.WhileStatement;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.classgen.ReturnAdder;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;
import org.codehaus.groovy.control.messages.SyntaxErrorMessage;
import org.codehaus.groovy.syntax.SyntaxException;
import org.codehaus.groovy.syntax.Token;
import org.codehaus.groovy.syntax.TokenUtil;
import org.codehaus.groovy.syntax.Types;

/**
 * Rewrites an untrusted script so that every operation it performs is a call to {@link Sandbox}:
 * method calls (with and without a receiver), static calls, constructors, property reads and
 * writes, indexing, every operator Groovy implements as a method, conversions (casts, {@code as},
 * typed declarations and assignments, typed {@code for} variables, multiple assignment, method
 * return types), Groovy truth in conditions, {@code in} and switch cases, ranges, spreads and
 * method pointers, including inside closures and parameter default values. An expression kind it
 * does not know is refused at compile time rather than left alone. It also puts a
 * {@link Sandbox#checkpoint()} at the top of every loop body, closure and method, where a budget
 * interrupt stops the script. Runs after semantic analysis, when names are resolved.
 */
final class SandboxTransformer extends ClassCodeExpressionTransformer {
    private static final ClassNode SANDBOX = ClassHelper.make(Sandbox.class);
    private static final Set<String> RESERVED = Members.reservedNames(Script.class);
    /** Sandbox's public entry points by name (each name has one). */
    private static final Map<String, MethodNode> ENTRY_POINTS = entryPoints();
    private static final Map<Integer, String> OPERATORS = Map.ofEntries(
            Map.entry(Types.PLUS, "plus"), Map.entry(Types.MINUS, "minus"), Map.entry(Types.MULTIPLY, "multiply"),
            Map.entry(Types.DIVIDE, "div"), Map.entry(Types.INTDIV, "intdiv"), Map.entry(Types.REMAINDER, "remainder"),
            Map.entry(Types.MOD, "mod"), Map.entry(Types.POWER, "power"), Map.entry(Types.LEFT_SHIFT, "leftShift"),
            Map.entry(Types.RIGHT_SHIFT, "rightShift"), Map.entry(Types.RIGHT_SHIFT_UNSIGNED, "rightShiftUnsigned"),
            Map.entry(Types.BITWISE_AND, "and"), Map.entry(Types.BITWISE_OR, "or"), Map.entry(Types.BITWISE_XOR, "xor"));
    /** Operators Groovy evaluates with its own fixed helpers (equality, comparison, regex, instanceof). */
    private static final Set<Integer> FIXED = Set.of(Types.COMPARE_EQUAL, Types.COMPARE_NOT_EQUAL, Types.COMPARE_IDENTICAL,
            Types.COMPARE_NOT_IDENTICAL, Types.COMPARE_LESS_THAN, Types.COMPARE_LESS_THAN_EQUAL, Types.COMPARE_GREATER_THAN,
            Types.COMPARE_GREATER_THAN_EQUAL, Types.COMPARE_TO, Types.FIND_REGEX, Types.MATCH_REGEX, Types.KEYWORD_INSTANCEOF,
            Types.COMPARE_NOT_INSTANCEOF);

    private final SourceUnit source;
    private final AllowList allow = AllowList.DEFAULT;
    /** The declared return type of the method being rewritten; null for dynamic ones and in closures. */
    private ClassNode returnType;

    /** The compilation step that applies the transformer to the script class. */
    static final class Customizer extends CompilationCustomizer {
        Customizer() {
            super(CompilePhase.CANONICALIZATION);
        }

        @Override
        public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
            new SandboxTransformer(source).visitClass(classNode);
        }
    }

    private SandboxTransformer(SourceUnit source) {
        this.source = source;
    }

    @Override
    protected SourceUnit getSourceUnit() {
        return source;
    }

    // --- methods, closures, loops ----------------------------------------------------------------

    @Override
    protected void visitConstructorOrMethod(MethodNode node, boolean isConstructor) {
        // The script class's constructors and main are Groovy's own; scripts cannot declare either.
        if (isConstructor || (node.isStatic() && node.getName().equals("main"))) return;
        if (!node.isScriptBody() && RESERVED.contains(node.getName())) {
            refuse(node, "a method named " + node.getName() + " (scripts cannot replace what the script object already has)");
        }
        // The superclass rewrites parameter default values itself; here they only have their types checked.
        for (Parameter p : node.getParameters()) checkType(p.getType(), p);
        ClassNode outer = returnType;
        returnType = node.isScriptBody() || isDynamic(node.getReturnType()) || node.isVoidMethod() ? null : node.getReturnType();
        if (returnType != null) {
            checkType(returnType, node);
            ReturnAdder.addReturnIfNeeded(node); // so implicit returns get the conversion too
        }
        super.visitConstructorOrMethod(node, isConstructor);
        returnType = outer;
        node.setCode(withCheckpoint(node.getCode()));
    }

    private void parameters(Parameter[] parameters) {
        if (parameters == null) return;
        for (Parameter p : parameters) {
            checkType(p.getType(), p);
            if (p.hasInitialExpression()) p.setInitialExpression(transform(p.getInitialExpression()));
        }
    }

    private Expression closure(ClosureExpression closure) {
        parameters(closure.getParameters());
        ClassNode outer = returnType;
        returnType = null;
        closure.getCode().visit(this);
        returnType = outer;
        closure.setCode(withCheckpoint(closure.getCode()));
        return closure;
    }

    @Override
    public void visitReturnStatement(ReturnStatement statement) {
        Expression value = transform(statement.getExpression());
        statement.setExpression(returnType == null ? value : sandbox("coerce", value, new ClassExpression(returnType)));
    }

    @Override
    public void visitForLoop(ForStatement loop) {
        if (loop.getCollectionExpression() instanceof ClosureListExpression) {
            super.visitForLoop(loop); // for (init; condition; update)
        } else {
            if (loop.getIndexVariable() != null) checkType(loop.getIndexVariable().getType(), loop);
            Parameter variable = loop.getValueVariable();
            checkType(variable.getType(), variable);
            loop.setCollectionExpression(sandbox("iterate", transform(loop.getCollectionExpression()),
                    new ClassExpression(isDynamic(variable.getType()) ? ClassHelper.OBJECT_TYPE : variable.getType())));
            loop.getLoopBlock().visit(this);
        }
        loop.setLoopBlock(withCheckpoint(loop.getLoopBlock()));
    }

    @Override
    public void visitWhileLoop(WhileStatement loop) {
        super.visitWhileLoop(loop);
        loop.setLoopBlock(withCheckpoint(loop.getLoopBlock()));
    }

    @Override
    public void visitDoWhileLoop(DoWhileStatement loop) {
        super.visitDoWhileLoop(loop);
        loop.setLoopBlock(withCheckpoint(loop.getLoopBlock()));
    }

    @Override
    public void visitSwitch(SwitchStatement statement) {
        statement.setExpression(transform(statement.getExpression()));
        for (CaseStatement c : statement.getCaseStatements()) {
            c.setExpression(sandbox("caseOf", transform(c.getExpression())));
            c.getCode().visit(this);
        }
        statement.getDefaultStatement().visit(this);
    }

    // --- expressions: every kind is handled here or refused ------------------------------------

    @Override
    public Expression transform(Expression e) {
        if (e == null) return null;
        Expression out = rewrite(e);
        if (out != e) out.setSourcePosition(e);
        return out;
    }

    private Expression rewrite(Expression e) {
        return switch (e) {
            case ClosureExpression c -> closure(c);
            case MethodCallExpression c -> methodCall(c);
            case StaticMethodCallExpression c -> sandbox("callStatic", new ClassExpression(c.getOwnerType()),
                    new ConstantExpression(c.getMethod()), arguments(c.getArguments()));
            case ConstructorCallExpression c -> constructorCall(c);
            case AttributeExpression a -> refuse(a, "direct field access (.@)");
            case PropertyExpression p -> sandbox("getProperty", transform(p.getObjectExpression()), name(p.getProperty()),
                    flag(p.isSafe()), flag(p.isSpreadSafe()));
            case VariableExpression v -> variable(v);
            case DeclarationExpression d -> declaration(d);
            case BinaryExpression b -> binary(b);
            case PostfixExpression p -> step(p, p.getExpression(), p.getOperation(), true);
            case PrefixExpression p -> step(p, p.getExpression(), p.getOperation(), false);
            case NotExpression n -> new NotExpression(truth(n.getExpression()));
            case BooleanExpression b -> new BooleanExpression(truth(b.getExpression()));
            case ElvisOperatorExpression elvis -> new ElvisOperatorExpression(transform(elvis.getTrueExpression()),
                    transform(elvis.getFalseExpression()));
            case TernaryExpression t -> new TernaryExpression((BooleanExpression) transform(t.getBooleanExpression()),
                    transform(t.getTrueExpression()), transform(t.getFalseExpression()));
            case CastExpression c -> cast(c);
            case UnaryMinusExpression u -> sandbox("unary", transform(u.getExpression()), new ConstantExpression("negative"));
            case UnaryPlusExpression u -> sandbox("unary", transform(u.getExpression()), new ConstantExpression("positive"));
            case BitwiseNegationExpression u -> sandbox("unary", transform(u.getExpression()), new ConstantExpression("bitwiseNegate"));
            case RangeExpression r -> sandbox("range", transform(r.getFrom()), transform(r.getTo()),
                    flag(r.isExclusiveLeft()), flag(r.isExclusiveRight()));
            case SpreadExpression s -> new SpreadExpression(sandbox("spreadable", transform(s.getExpression())));
            case SpreadMapExpression s -> new SpreadMapExpression(sandbox("spreadMap", transform(s.getExpression())));
            case MethodPointerExpression p -> sandbox("pointer", transform(p.getExpression()), name(p.getMethodName()));
            case ArrayExpression a -> array(a);
            case ListExpression l -> l.transformExpression(this);
            case MapExpression m -> m.transformExpression(this);
            case MapEntryExpression m -> m.transformExpression(this);
            case GStringExpression g -> g.transformExpression(this);
            case TupleExpression t -> t.transformExpression(this);
            case ConstantExpression c -> c;
            case ClassExpression c -> c;
            case EmptyExpression empty -> empty;
            default -> refuse(e, e.getClass().getSimpleName() + " expressions");
        };
    }

    private Expression methodCall(MethodCallExpression call) {
        Expression receiver = call.getObjectExpression();
        Expression name = call.getMethodAsString() != null ? new ConstantExpression(call.getMethodAsString()) : transform(call.getMethod());
        Expression args = arguments(call.getArguments());
        if (call.isImplicitThis() || (receiver instanceof VariableExpression v && v.isThisExpression())) {
            return sandbox("callThis", VariableExpression.THIS_EXPRESSION, name, args);
        }
        return sandbox("call", transform(receiver), name, args, flag(call.isSafe()), flag(call.isSpreadSafe()));
    }

    private Expression constructorCall(ConstructorCallExpression call) {
        if (call.isSpecialCall()) return refuse(call, "this(...) and super(...) calls");
        return sandbox("construct", new ClassExpression(call.getType()), arguments(call.getArguments()));
    }

    private Expression variable(VariableExpression v) {
        if (v.isSuperExpression()) return refuse(v, "super");
        if (isBinding(v)) return sandbox("getVariable", VariableExpression.THIS_EXPRESSION, new ConstantExpression(v.getName()));
        return v;
    }

    private Expression declaration(DeclarationExpression d) {
        if (d.isMultipleAssignmentDeclaration()) {
            d.setRightExpression(destructure(d.getTupleExpression(), transform(d.getRightExpression())));
            return d;
        }
        VariableExpression variable = d.getVariableExpression();
        checkType(variable.getOriginType(), variable);
        Expression value = transform(d.getRightExpression());
        d.setRightExpression(value instanceof EmptyExpression ? value : converted(variable, value));
        return d;
    }

    private Expression destructure(TupleExpression variables, Expression value) {
        List<Expression> types = new ArrayList<>();
        for (Expression item : variables.getExpressions()) {
            VariableExpression variable = (VariableExpression) item;
            checkType(variable.getOriginType(), variable);
            types.add(new ClassExpression(isDynamic(variable.getOriginType()) ? ClassHelper.OBJECT_TYPE : variable.getOriginType()));
        }
        return sandbox("destructure", value, new ArrayExpression(ClassHelper.CLASS_Type, types));
    }

    private Expression binary(BinaryExpression b) {
        int op = b.getOperation().getType();
        Expression left = b.getLeftExpression();
        Expression right = b.getRightExpression();
        if (Types.isAssignment(op)) return assignment(b, op, left, right);
        if (op == Types.LEFT_SQUARE_BRACKET) return sandbox("getAt", transform(left), transform(right), flag(b.isSafe()));
        if (op == Types.LOGICAL_AND || op == Types.LOGICAL_OR) {
            return new BinaryExpression(truth(left), b.getOperation(), truth(right));
        }
        if (op == Types.IMPLIES) {
            return new BinaryExpression(new NotExpression(truth(left)), Token.newSymbol(Types.LOGICAL_OR, -1, -1), truth(right));
        }
        if (op == Types.KEYWORD_IN) return sandbox("isCase", transform(right), transform(left));
        if (op == Types.COMPARE_NOT_IN) return new NotExpression(sandbox("isCase", transform(right), transform(left)));
        if (FIXED.contains(op)) return new BinaryExpression(transform(left), b.getOperation(), transform(right));
        String method = OPERATORS.get(op);
        if (method == null) return refuse(b, "the operator " + b.getOperation().getText());
        return sandbox("binary", transform(left), new ConstantExpression(method), transform(right));
    }

    private Expression assignment(BinaryExpression b, int op, Expression left, Expression right) {
        boolean plain = op == Types.ASSIGN;
        Token assign = Token.newSymbol(Types.ASSIGN, b.getOperation().getStartLine(), b.getOperation().getStartColumn());
        if (left instanceof TupleExpression variables) {
            if (!plain) return refuse(b, "compound assignment to several variables");
            return new BinaryExpression(left, assign, destructure(variables, transform(right)));
        }
        if (op == Types.ELVIS_EQUAL) {
            if (!(left instanceof VariableExpression v) || isBinding(v)) return refuse(b, "?= on anything but a local variable");
            return new BinaryExpression(v, assign, converted(v, new TernaryExpression(
                    new BooleanExpression(truth(v)), v, transform(right))));
        }
        String method = plain ? null : OPERATORS.get(TokenUtil.removeAssignment(op));
        if (!plain && method == null) return refuse(b, "the operator " + b.getOperation().getText());
        if (left instanceof VariableExpression v) {
            if (isBinding(v)) {
                Expression name = new ConstantExpression(v.getName());
                Expression value = plain ? transform(right)
                        : sandbox("binary", sandbox("getVariable", VariableExpression.THIS_EXPRESSION, name), new ConstantExpression(method), transform(right));
                return sandbox("setVariable", VariableExpression.THIS_EXPRESSION, name, value);
            }
            Expression value = plain ? transform(right) : sandbox("binary", v, new ConstantExpression(method), transform(right));
            return new BinaryExpression(v, assign, converted(v, value));
        }
        if (left instanceof PropertyExpression p && !(p instanceof AttributeExpression) && !p.isSpreadSafe()) {
            Expression receiver = transform(p.getObjectExpression());
            if (plain) return sandbox("setProperty", receiver, name(p.getProperty()), transform(right));
            return sandbox("updateProperty", receiver, name(p.getProperty()), new ConstantExpression(method), transform(right));
        }
        if (left instanceof BinaryExpression index && index.getOperation().getType() == Types.LEFT_SQUARE_BRACKET) {
            Expression receiver = transform(index.getLeftExpression());
            Expression key = transform(index.getRightExpression());
            if (plain) return sandbox("putAt", receiver, key, transform(right));
            return sandbox("updateAt", receiver, key, new ConstantExpression(method), transform(right));
        }
        return refuse(b, "assigning to " + left.getText());
    }

    /** {@code x++}, {@code ++x}, {@code x--}, {@code --x} on variables, properties and indexed items. */
    private Expression step(Expression whole, Expression target, Token operation, boolean postfix) {
        String op = operation.getType() == Types.PLUS_PLUS ? "next" : "previous";
        if (target instanceof VariableExpression v && !isBinding(v)) {
            Expression stepped = converted(v, sandbox("unary", v, new ConstantExpression(op)));
            Expression assign = new BinaryExpression(v, Token.newSymbol(Types.ASSIGN, -1, -1), stepped);
            return postfix ? sandbox("first", v, assign) : assign;
        }
        if (target instanceof VariableExpression v) {
            return sandbox("stepVariable", VariableExpression.THIS_EXPRESSION, new ConstantExpression(v.getName()),
                    new ConstantExpression(op), flag(postfix));
        }
        if (target instanceof PropertyExpression p && !(p instanceof AttributeExpression) && !p.isSpreadSafe()) {
            return sandbox("stepProperty", transform(p.getObjectExpression()), name(p.getProperty()), new ConstantExpression(op), flag(postfix));
        }
        if (target instanceof BinaryExpression index && index.getOperation().getType() == Types.LEFT_SQUARE_BRACKET) {
            return sandbox("stepAt", transform(index.getLeftExpression()), transform(index.getRightExpression()),
                    new ConstantExpression(op), flag(postfix));
        }
        return refuse(whole, operation.getText() + " on " + target.getText());
    }

    private Expression cast(CastExpression cast) {
        checkType(cast.getType(), cast);
        return sandbox(cast.isCoerce() ? "asType" : "coerce", transform(cast.getExpression()), new ClassExpression(cast.getType()));
    }

    private Expression array(ArrayExpression array) {
        ClassNode element = array.getElementType();
        checkType(element, array);
        if (array.getSizeExpression() != null) {
            List<Expression> sizes = new ArrayList<>();
            for (Expression size : array.getSizeExpression()) sizes.add(transform(size));
            return new ArrayExpression(element, null, sizes);
        }
        List<Expression> items = new ArrayList<>();
        for (Expression item : array.getExpressions()) items.add(sandbox("coerce", transform(item), new ClassExpression(element)));
        return new ArrayExpression(element, items);
    }

    /** Arguments as one {@code Object[]}; with a spread ({@code f(*list)}) Groovy spreads into a list first. */
    private Expression arguments(Expression args) {
        List<Expression> items = new ArrayList<>();
        List<Expression> given = args instanceof TupleExpression tuple ? tuple.getExpressions() : List.of(args);
        boolean spread = false;
        for (Expression arg : given) {
            Expression out = transform(arg);
            spread |= out instanceof SpreadExpression;
            items.add(out);
        }
        if (spread) return sandbox("arguments", new ListExpression(items));
        return new ArrayExpression(ClassHelper.OBJECT_TYPE, items);
    }

    /** A value assigned to a typed local variable is converted to its type through the sandbox. */
    private Expression converted(VariableExpression target, Expression value) {
        Variable declared = target.getAccessedVariable() != null ? target.getAccessedVariable() : target;
        ClassNode type = declared.getOriginType();
        return isDynamic(type) ? value : sandbox("coerce", value, new ClassExpression(type));
    }

    private Expression truth(Expression condition) {
        return sandbox("truth", transform(condition));
    }

    private Expression name(Expression name) {
        return name instanceof ConstantExpression ? name : transform(name);
    }

    private void checkType(ClassNode type, ASTNode where) {
        if (type == null || isDynamic(type) || ClassHelper.isPrimitiveType(type)) return;
        Class<?> named;
        try {
            named = type.redirect().getTypeClass();
        } catch (RuntimeException e) {
            refuse(where, "the type " + type.getName());
            return;
        }
        if (!allow.allowsCoercionTo(named)) {
            refuse(where, "the type " + type.getName() + " (declarations, parameters, return types and casts may name value types only)");
        }
    }

    private static boolean isBinding(VariableExpression v) {
        return v.getAccessedVariable() instanceof DynamicVariable;
    }

    private static boolean isDynamic(ClassNode type) {
        return type == null || ClassHelper.isDynamicTyped(type) || type.redirect() == ClassHelper.OBJECT_TYPE;
    }

    private static Expression flag(boolean value) {
        return value ? ConstantExpression.PRIM_TRUE : ConstantExpression.PRIM_FALSE;
    }

    /**
     * A call to {@code Sandbox.method(args)} compiled as a direct static call: Groovy's own dynamic
     * dispatch never sits between the script and its checks (and costs nothing there either).
     */
    private static Expression sandbox(String method, Expression... args) {
        MethodCallExpression call = new MethodCallExpression(new ClassExpression(SANDBOX), method, new ArgumentListExpression(args));
        call.setImplicitThis(false);
        call.setMethodTarget(ENTRY_POINTS.get(method));
        return call;
    }

    private static Statement withCheckpoint(Statement body) {
        BlockStatement block = new BlockStatement();
        ExpressionStatement checkpoint = new ExpressionStatement(sandbox("checkpoint"));
        if (body != null) {
            checkpoint.setSourcePosition(body);
            checkpoint.getExpression().setSourcePosition(body);
        }
        block.addStatement(checkpoint);
        if (body != null) block.addStatement(body);
        if (body instanceof BlockStatement inner) block.setVariableScope(inner.getVariableScope());
        return block;
    }

    private static Map<String, MethodNode> entryPoints() {
        Map<String, MethodNode> byName = new java.util.HashMap<>();
        for (MethodNode m : SANDBOX.getMethods()) {
            if (m.isPublic() && m.isStatic() && byName.put(m.getName(), m) != null) {
                throw new IllegalStateException("Sandbox." + m.getName() + " is overloaded; entry points must be unique");
            }
        }
        return Map.copyOf(byName);
    }

    private Expression refuse(ASTNode node, String what) {
        source.getErrorCollector().addError(new SyntaxErrorMessage(
                new SyntaxException(SandboxRefusal.COMPILE_PREFIX + what, node), source));
        return node instanceof Expression e ? e : EmptyExpression.INSTANCE;
    }
}
