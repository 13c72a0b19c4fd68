package org.regiolod.web.server;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.ExprTransformApplyElementTransform;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.Context;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/**
 * SPARQL {@code regex()} that stops when its query is cancelled. ARQ checks the cancel signal
 * between solutions, and a Java regex cannot be interrupted, so one match of a pattern that
 * backtracks (nested quantifiers such as {@code (.*)*x$}) would hold its thread long after the
 * query's timeout. Here the text is matched through a {@link CharSequence} that checks the
 * query's cancel signal as the matcher reads it, which is how a backtracking matcher can be
 * stopped. Same semantics as ARQ's default (Java) regex engine otherwise.
 */
final class CancellableRegex extends E_Regex {
    private final Pattern constant;

    CancellableRegex(Expr text, Expr pattern, Expr flags) {
        super(text, pattern, flags);
        this.constant = pattern.isConstant() && pattern.getConstant().isString() && (flags == null || flags.isConstant())
                ? compile(pattern.getConstant(), flags == null ? null : flags.getConstant())
                : null;
    }

    /** {@code query} with every {@code regex()} (in sub-queries and EXISTS too) made cancellable. */
    static Query in(Query query) {
        return QueryTransformOps.transform(query, new ElementTransformCopyBase(), new ExprTransformApplyElementTransform(new ElementTransformCopyBase()) {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex && !(func instanceof CancellableRegex)) {
                    return new CancellableRegex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
                }
                return super.transform(func, args);
            }
        });
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
        Pattern p = constant != null ? constant : compile(args.get(1), args.size() > 2 ? args.get(2) : null);
        AtomicBoolean cancel = env == null ? null : Context.getCancelSignal(env.getContext());
        CharSequence s = text.getLiteralLexicalForm();
        if (cancel != null) s = new CancellableText(s, cancel);
        return NodeValue.booleanReturn(p.matcher(s).find());
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new CancellableRegex(newArgs.get(0), newArgs.get(1), newArgs.size() > 2 ? newArgs.get(2) : null);
    }

    private static Pattern compile(NodeValue pattern, NodeValue flags) {
        if (!pattern.isString()) throw new ExprEvalException("REGEX: Pattern is not a string: " + pattern);
        if (flags != null && !flags.isString()) throw new ExprEvalException("REGEX: Pattern flags are not a string: " + flags);
        // The flags and compilation of ARQ's Java regex engine.
        return RegexEngine.makePattern("Regex", pattern.getString(), flags == null ? null : flags.getString());
    }

    /** Text that throws {@link QueryCancelledException} when read after its query was cancelled. */
    private record CancellableText(CharSequence text, AtomicBoolean cancel) implements CharSequence {
        @Override
        public char charAt(int index) {
            if (cancel.get()) throw new QueryCancelledException();
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new CancellableText(text.subSequence(start, end), cancel);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
