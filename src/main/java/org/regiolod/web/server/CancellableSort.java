package org.regiolod.web.server;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * ORDER BY whose sort stops when its query is cancelled. ARQ checks the cancel signal between
 * solutions, not while it sorts the solutions it has gathered, and a sort of a few hundred
 * thousand solutions takes many seconds; here each sort key checks the signal as it is read,
 * so the sort ends at the next comparison.
 */
final class CancellableSort extends TransformCopy {
    private CancellableSort() {}

    /** {@code op} with every ORDER BY's keys made cancellable. */
    static Op in(Op op) {
        return Transformer.transform(new CancellableSort(), op);
    }

    @Override
    public Op transform(OpOrder order, Op sub) {
        List<SortCondition> keys = order.getConditions().stream()
                .map(c -> c.getExpression() instanceof Key ? c : new SortCondition(new Key(c.getExpression()), c.getDirection()))
                .toList();
        return new OpOrder(sub, keys);
    }

    /** A sort key: the value of its expression, unless the query has been cancelled. */
    static final class Key extends ExprFunction1 {
        Key(Expr expr) {
            super(expr, "regiolod:cancellableSortKey");
        }

        @Override
        protected NodeValue evalSpecial(Binding binding, FunctionEnv env) {
            AtomicBoolean cancel = env == null ? null : Context.getCancelSignal(env.getContext());
            if (cancel != null && cancel.get()) throw new QueryCancelledException();
            return getArg().eval(binding, env);
        }

        @Override
        public NodeValue eval(NodeValue v) {
            return v;
        }

        @Override
        public Expr copy(Expr expr) {
            return new Key(expr);
        }
    }
}
