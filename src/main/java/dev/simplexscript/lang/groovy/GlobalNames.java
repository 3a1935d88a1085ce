package dev.simplexscript.lang.groovy;

import java.util.Set;
import org.codehaus.groovy.ast.ClassCodeExpressionTransformer;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.DynamicVariable;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.expr.ClassExpression;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.PropertyExpression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;

/**
 * Makes a bare name the host binds ({@code files}, {@code store}, {@code on}, ...) mean that
 * global in every script, whatever its file is called. Groovy names a script's class after its
 * file and resolves a bare name that matches a class to the class, so in {@code files.groovy}
 * {@code files.receive(f)} would otherwise look for a static method of the script itself. Right
 * after names are resolved (before the sandbox rewrites the script, which then treats the name
 * like any other binding variable), a reference to the script's own class by such a name becomes
 * the variable again. The class keeps its name, so stack traces and errors still name the file.
 */
final class GlobalNames extends CompilationCustomizer {
    private final Set<String> globals;

    /** @param globals the names the script's binding will hold */
    GlobalNames(Set<String> globals) {
        super(CompilePhase.SEMANTIC_ANALYSIS);
        this.globals = Set.copyOf(globals);
    }

    @Override
    public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
        String name = classNode.getNameWithoutPackage();
        if (classNode.isScript() && globals.contains(name)) new Rewrite(source, classNode, name).visitClass(classNode);
    }

    private static final class Rewrite extends ClassCodeExpressionTransformer {
        private final SourceUnit source;
        private final ClassNode script;
        private final String name;
        /** In a static method (or a closure inside one), where no binding variable exists. */
        private boolean staticScope;

        Rewrite(SourceUnit source, ClassNode script, String name) {
            this.source = source;
            this.script = script;
            this.name = name;
        }

        @Override
        protected SourceUnit getSourceUnit() {
            return source;
        }

        @Override
        protected void visitConstructorOrMethod(MethodNode node, boolean isConstructor) {
            staticScope = node.isStatic();
            super.visitConstructorOrMethod(node, isConstructor);
            staticScope = false;
        }

        @Override
        public Expression transform(Expression e) {
            // A name resolved to the class is a new node redirecting to it; Groovy's own references
            // (the generated main's) are the class node itself and stay.
            if (e instanceof ClassExpression c && c.getType() != script && c.getType().redirect() == script) {
                if (staticScope) {
                    // What Groovy says of a binding variable there, whatever the file is called.
                    addError("Apparent variable '" + name + "' was found in a static scope but doesn't refer to a local"
                            + " variable, static field or class.", c);
                    return c;
                }
                VariableExpression variable = new VariableExpression(name);
                variable.setAccessedVariable(new DynamicVariable(name, false));
                variable.setSourcePosition(c);
                // Groovy folds 'files.class' into the class expression too (spanning the whole of it):
                // that one asks for the class of the variable.
                boolean bare = c.getLineNumber() == c.getLastLineNumber() && c.getLastColumnNumber() - c.getColumnNumber() == name.length();
                return bare ? variable : new PropertyExpression(variable, "class");
            }
            if (e instanceof ClosureExpression closure) {
                visitClosureExpression(closure); // transforming an expression does not enter a closure's code
                return closure;
            }
            return super.transform(e);
        }
    }
}
