/**
 * The target strip: the org's adoption targets (or, on a product tab, that
 * product's) in one slim band beside the native chart. A product with no
 * target shows its monthly adoption and how to set one.
 */
import type { MetricProduct } from '@/lib/metrics/history';
import type { InsightModel, WindowFigures } from '@/lib/metrics/insight-types';
import { day, int, percent, points } from '@/lib/overlay/format';
import { Brand } from '@/components/overlay/brand';
import { TargetRow } from '@/components/overlay/target-row';

export const productNames: Record<MetricProduct, string> = {
  chat: 'Chat',
  claude_code: 'Claude Code',
  cowork: 'Cowork',
  office: 'Claude in Office',
  design: 'Claude Design',
};

/** Org targets for `product` (null: the targets across products). */
export function targetsFor(model: InsightModel, product: MetricProduct | null) {
  return model.targets.filter((t) => t.scope === 'org' && t.product === product);
}

function ProductFigure({
  name,
  figures,
  onOpenOptions,
}: {
  name: string;
  figures: WindowFigures;
  onOpenOptions: () => void;
}) {
  const m = figures.monthly;
  const change = m.trend.vs30Days.rateChange;
  return (
    <div
      class="target-plain"
      role="group"
      aria-label={`${name} monthly adoption`}
      data-testid="uptake-product-figure"
    >
      <div class="figure">
        <span class="value" data-testid="uptake-product-rate">
          {percent(m.rate)}
        </span>
        <span class="muted">
          of seats used {name} in the 30 days to {day(m.day)} ({int(m.actives)} people)
          {change !== null &&
            ` · ${change >= 0 ? '+' : '−'}${points(Math.abs(change))} points vs 30 days earlier`}
        </span>
      </div>
      <span class="muted">
        No {name} target yet.{' '}
        <button type="button" class="link" onClick={onOpenOptions}>
          Set one in Uptake options
        </button>
      </span>
    </div>
  );
}

export interface TargetStripProps {
  model: InsightModel;
  product: MetricProduct | null;
  demo: boolean;
  onOpenOptions: () => void;
}

export function TargetStrip({ model, product, demo, onOpenOptions }: TargetStripProps) {
  const targets = targetsFor(model, product);
  const figures = product ? model.adoption?.products[product] : null;
  return (
    <section
      class="strip"
      aria-label={`Uptake: ${product ? productNames[product] : 'adoption'} targets`}
    >
      <Brand demo={demo} />
      <div class="rows">
        {targets.map((t) => (
          <TargetRow key={t.id} target={t} adoption={model.adoption} />
        ))}
        {targets.length === 0 && figures && product && (
          <ProductFigure
            name={productNames[product]}
            figures={figures}
            onOpenOptions={onOpenOptions}
          />
        )}
        {targets.length === 0 && !figures && (
          <span class="muted">
            No adoption target set.{' '}
            <button type="button" class="link" onClick={onOpenOptions}>
              Set one in Uptake options
            </button>
          </span>
        )}
      </div>
    </section>
  );
}
