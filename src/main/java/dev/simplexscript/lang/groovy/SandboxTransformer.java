package dev.simplexscript.lang.groovy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.codehaus.groovy.ast.ClassCodeExpressionTransformer;
import org.codehaus.groovy.ast.ClassHelper;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.DynamicVariable;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.expr.ArgumentListExpression;
import org.codehaus.groovy.ast.expr.BinaryExpression;
import org.codehaus.groovy.ast.expr.CastExpression;
import org.codehaus.groovy.ast.expr.ClassExpression;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.ConstructorCallExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.ListExpression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.PostfixExpression;
import org.codehaus.groovy.ast.expr.PrefixExpression;
import org.codehaus.groovy.ast.expr.PropertyExpression;
import org.codehaus.groovy.ast.expr.StaticMethodCallExpression;
import org.codehaus.groovy.ast.expr.TupleExpression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.ast.stmt.BlockStatement;
import org.codehaus.groovy.ast.stmt.DoWhileStatement;
import org.codehaus.groovy.ast.stmt.ExpressionStatement;
import org.codehaus.groovy.ast.stmt.ForStatement;
import org.codehaus.groovy.ast.stmt.Statement;
import org.codehaus.groovy.ast.stmt.WhileStatement;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;
import org.codehaus.groovy.control.messages.SyntaxErrorMessage;
import org.codehaus.groovy.syntax.SyntaxException;
import org.codehaus.groovy.syntax.Token;
import org.codehaus.groovy.syntax.TokenUtil;
import org.codehaus.groovy.syntax.Types;

/**
 * Rewrites a sandboxed script so that nothing it does reaches an object without a check: every
 * method call, static call, constructor call, property read and write, and binding variable
 * access becomes a call to {@link Sandbox}, which decides at run time on the actual receiver. It
 * also puts a {@link Sandbox#checkpoint()} at the top of every loop body, closure and method, where
 * a budget interrupt stops the script. Runs after semantic analysis, when names are resolved.
 */
final class SandboxTransformer extends ClassCodeExpressionTransformer {
    private static final ClassNode SANDBOX = ClassHelper.make(Sandbox.class);
    /** Value types a script may cast or coerce to with {@code as} or {@code (Type)}. */
    private static final Set<String> CASTABLE = Set.of("java.lang.Object", "java.lang.String", "java.lang.Integer",
            "java.lang.Long", "java.lang.Double", "java.lang.Float", "java.lang.Short", "java.lang.Byte",
            "java.lang.Boolean", "java.lang.Character", "java.lang.Number", "java.math.BigDecimal", "java.math.BigInteger",
            "java.util.List", "java.util.Map", "java.util.Set", "java.util.Collection", "java.util.ArrayList",
            "java.util.LinkedHashMap", "java.util.HashMap", "java.util.LinkedHashSet", "java.util.HashSet",
            "java.util.TreeSet", "java.util.TreeMap", "groovy.lang.GString", "java.lang.CharSequence");

    private final SourceUnit source;

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

    @Override
    protected void visitConstructorOrMethod(MethodNode node, boolean isConstructor) {
        // A script cannot declare constructors or main (no classes allowed): these are Groovy's own.
        if (isConstructor || (node.isStatic() && node.getName().equals("main"))) return;
        super.visitConstructorOrMethod(node, isConstructor);
        node.setCode(withCheckpoint(node.getCode()));
    }

    @Override
    public void visitForLoop(ForStatement loop) {
        super.visitForLoop(loop);
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
    public Expression transform(Expression e) {
        if (e == null) return null;
        Expression out = rewrite(e);
        if (out != e) out.setSourcePosition(e);
        return out;
    }

    private Expression rewrite(Expression e) {
        if (e instanceof ClosureExpression closure) {
            closure.getCode().visit(this);
            closure.setCode(withCheckpoint(closure.getCode()));
            return closure;
        }
        if (e instanceof MethodCallExpression call) return methodCall(call);
        if (e instanceof StaticMethodCallExpression call) return staticCall(call);
        if (e instanceof ConstructorCallExpression call) return constructorCall(call);
        if (e instanceof PropertyExpression property) {
            return sandbox("getProperty", transform(property.getObjectExpression()), name(property.getProperty()),
                    flag(property.isSafe()), flag(property.isSpreadSafe()));
        }
        if (e instanceof VariableExpression v && isDynamic(v)) {
            return sandbox("getVariable", VariableExpression.THIS_EXPRESSION, new ConstantExpression(v.getName()));
        }
        if (e instanceof BinaryExpression b && Types.isAssignment(b.getOperation().getType())) return assignment(b);
        if (e instanceof PostfixExpression p && refusesStep(p.getExpression())) return p;
        if (e instanceof PrefixExpression p && refusesStep(p.getExpression())) return p;
        if (e instanceof CastExpression cast && !CASTABLE.contains(cast.getType().redirect().getName())
                && !ClassHelper.isPrimitiveType(cast.getType())) {
            refuse(cast, "casting or coercing to " + cast.getType().getName());
            return cast;
        }
        return e.transformExpression(this);
    }

    private Expression methodCall(MethodCallExpression call) {
        Expression receiver = call.getObjectExpression();
        Expression args = arguments(call.getArguments());
        Expression name = name(call.getMethodAsString() != null ? new ConstantExpression(call.getMethodAsString()) : call.getMethod());
        if (call.isImplicitThis() || (receiver instanceof VariableExpression v && v.isThisExpression())) {
            return sandbox("callThis", VariableExpression.THIS_EXPRESSION, name, args);
        }
        return sandbox("call", transform(receiver), name, args, flag(call.isSafe()), flag(call.isSpreadSafe()));
    }

    private Expression staticCall(StaticMethodCallExpression call) {
        if (call.getOwnerType().isScript()) {
            return call.transformExpression(this);
        }
        return sandbox("callStatic", new ClassExpression(call.getOwnerType()), new ConstantExpression(call.getMethod()),
                arguments(call.getArguments()));
    }

    private Expression constructorCall(ConstructorCallExpression call) {
        if (call.isSpecialCall()) {
            refuse(call, "this(...) and super(...) calls");
            return call;
        }
        return sandbox("construct", new ClassExpression(call.getType()), arguments(call.getArguments()));
    }

    private Expression assignment(BinaryExpression b) {
        Expression left = b.getLeftExpression();
        int op = b.getOperation().getType();
        boolean plain = op == Types.ASSIGN;
        if (left instanceof VariableExpression v && isDynamic(v)) {
            Expression value = plain ? transform(b.getRightExpression())
                    : combine(transform(v), op, transform(b.getRightExpression()), b);
            return sandbox("setVariable", VariableExpression.THIS_EXPRESSION, new ConstantExpression(v.getName()), value);
        }
        if (left instanceof PropertyExpression p && !p.isSpreadSafe()) {
            Expression target = p.getObjectExpression();
            if (!plain && !(target instanceof VariableExpression)) {
                refuse(b, "compound assignment to a property of an expression; use a variable");
                return b;
            }
            Expression receiver = transform(target);
            Expression value = plain ? transform(b.getRightExpression())
                    : combine(transform(p), op, transform(b.getRightExpression()), b);
            return sandbox("setProperty", receiver, name(p.getProperty()), value);
        }
        return b.transformExpression(this);
    }

    private static Expression combine(Expression current, int compoundOp, Expression right, BinaryExpression where) {
        Token op = Token.newSymbol(TokenUtil.removeAssignment(compoundOp), where.getOperation().getStartLine(),
                where.getOperation().getStartColumn());
        return new BinaryExpression(current, op, right);
    }

    private boolean refusesStep(Expression target) {
        if (target instanceof PropertyExpression || (target instanceof VariableExpression v && isDynamic(v))) {
            refuse(target, "++ and -- on properties and script variables; write x = x + 1");
            return true;
        }
        return false;
    }

    private static boolean isDynamic(VariableExpression v) {
        return v.getAccessedVariable() instanceof DynamicVariable;
    }

    /** Arguments as one list expression: spread arguments ({@code *list}) keep working inside it. */
    private Expression arguments(Expression args) {
        List<Expression> items = new ArrayList<>();
        if (args instanceof TupleExpression tuple) {
            for (Expression arg : tuple.getExpressions()) items.add(transform(arg));
        } else {
            items.add(transform(args));
        }
        return new ListExpression(items);
    }

    private Expression name(Expression name) {
        return name instanceof ConstantExpression ? name : transform(name);
    }

    private static Expression flag(boolean value) {
        return value ? ConstantExpression.PRIM_TRUE : ConstantExpression.PRIM_FALSE;
    }

    private static Expression sandbox(String method, Expression... args) {
        return new StaticMethodCallExpression(SANDBOX, method, new ArgumentListExpression(args));
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

    private void refuse(org.codehaus.groovy.ast.ASTNode node, String what) {
        source.getErrorCollector().addError(new SyntaxErrorMessage(new SyntaxException(GroovyErrors.REFUSED + what, node), source));
    }
}
