package dev.simplexscript.lang.groovy.sandbox;

import java.util.List;
import org.codehaus.groovy.ast.ASTNode;
import org.codehaus.groovy.ast.AnnotatedNode;
import org.codehaus.groovy.ast.AnnotationNode;
import org.codehaus.groovy.ast.ClassCodeVisitorSupport;
import org.codehaus.groovy.ast.ClassHelper;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.ImportNode;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.ModuleNode;
import org.codehaus.groovy.ast.Parameter;
import org.codehaus.groovy.ast.expr.AttributeExpression;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.ast.stmt.SynchronizedStatement;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;
import org.codehaus.groovy.control.messages.SyntaxErrorMessage;
import org.codehaus.groovy.syntax.SyntaxException;

/**
 * What a sandboxed script may not even write, checked right after parsing, before Groovy runs any
 * AST transformation: annotations (they trigger transforms such as {@code @ASTTest} or
 * {@code @Grab} that execute code while compiling), class declarations (a class could extend a
 * host type or override what the sandbox relies on), direct field access ({@code .@}),
 * {@code super} and {@code synchronized}. It also makes {@code scriptBase} the script's base class.
 */
final class CompileRules extends CompilationCustomizer {
    private final Class<?> scriptBase;

    CompileRules(Class<?> scriptBase) {
        super(CompilePhase.CONVERSION);
        this.scriptBase = scriptBase;
    }

    @Override
    public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
        Checker checker = new Checker(source);
        if (!classNode.isScript()) {
            checker.refuse(classNode, "declaring a class (" + classNode.getNameWithoutPackage() + ")");
            return;
        }
        classNode.setSuperClass(ClassHelper.make(scriptBase));
        ModuleNode module = source.getAST();
        for (List<ImportNode> imports : List.of(module.getImports(), module.getStarImports(),
                List.copyOf(module.getStaticImports().values()), List.copyOf(module.getStaticStarImports().values()))) {
            imports.forEach(checker::visitAnnotations);
        }
        checker.visitClass(classNode);
    }

    private static final class Checker extends ClassCodeVisitorSupport {
        private final SourceUnit source;

        Checker(SourceUnit source) {
            this.source = source;
        }

        @Override
        protected SourceUnit getSourceUnit() {
            return source;
        }

        void refuse(ASTNode node, String what) {
            source.getErrorCollector().addError(new SyntaxErrorMessage(
                    new SyntaxException(SandboxRefusal.COMPILE_PREFIX + what, node), source));
        }

        @Override
        public void visitAnnotations(AnnotatedNode node) {
            for (AnnotationNode annotation : node.getAnnotations()) {
                // Groovy marks the methods it generates for a script @Generated: a marker, no transform.
                if (annotation.getClassNode().getName().equals("groovy.transform.Generated")) continue;
                refuse(annotation, "annotations (@" + annotation.getClassNode().getNameWithoutPackage() + ")");
            }
        }

        @Override
        protected void visitConstructorOrMethod(MethodNode node, boolean isConstructor) {
            for (Parameter p : node.getParameters()) visitAnnotations(p);
            super.visitConstructorOrMethod(node, isConstructor);
        }

        @Override
        public void visitClosureExpression(ClosureExpression expression) {
            if (expression.getParameters() != null) {
                for (Parameter p : expression.getParameters()) visitAnnotations(p);
            }
            super.visitClosureExpression(expression);
        }

        @Override
        public void visitAttributeExpression(AttributeExpression expression) {
            refuse(expression, "direct field access (.@)");
        }

        @Override
        public void visitVariableExpression(VariableExpression expression) {
            if (expression.isSuperExpression()) refuse(expression, "super");
        }

        @Override
        public void visitSynchronizedStatement(SynchronizedStatement statement) {
            refuse(statement, "synchronized blocks");
        }
    }
}
