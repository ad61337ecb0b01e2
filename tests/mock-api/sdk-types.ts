// Rows generated from the official SDK's own type definitions (@anthropic-ai/sdk 1.14.0, its
// .d.ts files), read with the TypeScript compiler API: the shape each of the 13 item types
// declares — which fields exist, which are optional (`?`), which allow `null` — with values that
// follow the types (literals from unions, numbers, booleans) and, for strings, the formats the
// SDK's doc comments give (days, RFC 3339 times, decimal-cent money).
import ts from 'typescript';

/** The 13 item types, by the endpoint that returns them. */
export const ITEM_TYPES: Record<string, string> = {
  '/users': 'Anthropic.Organization.Analytics.AnalyticsUserActivity',
  '/summaries': 'Anthropic.Organization.Analytics.AnalyticsSingleDayActivitySummary',
  '/apps/chat/projects': 'Anthropic.Organization.Analytics.AnalyticsProjectActivity',
  '/skills': 'Anthropic.Organization.Analytics.AnalyticsSkillActivity',
  '/connectors': 'Anthropic.Organization.Analytics.AnalyticsConnectorActivity',
  '/plugins': 'Anthropic.Organization.Analytics.AnalyticsPluginActivity',
  '/artifacts': 'Anthropic.Organization.Analytics.AnalyticsArtifactActivity',
  '/user_usage_report': 'Anthropic.Beta.Organization.Analytics.BetaAnalyticsUsageUsersItem',
  '/user_cost_report': 'Anthropic.Beta.Organization.Analytics.BetaAnalyticsCostUsersItem',
  '/usage_report': 'Anthropic.Beta.Organization.Analytics.BetaAnalyticsUsageReportTimeBucket',
  '/cost_report': 'Anthropic.Beta.Organization.Analytics.BetaAnalyticsCostReportTimeBucket',
  '/usage': 'Anthropic.Beta.Organization.Analytics.BetaAnalyticsUsageItem',
  '/cost': 'Anthropic.Beta.Organization.Analytics.BetaAnalyticsCostItem',
};

/** One field of a type, as declared: where it is, whether it may be absent, whether null is allowed. */
export interface FieldInfo {
  /** Dotted path from the item, e.g. `chat_metrics.message_count` (array items as `0`). */
  path: string;
  optional: boolean;
  nullable: boolean;
}

/**
 * How to fill a row:
 * - `present`: every field, optional ones included, with a non-null value;
 * - `omitted`: every optional field left out (at any depth), required ones non-null;
 * - `null`: every field whose type allows null set to null, the others present.
 * `variant` picks the member of each union of object types (actors, providers) by index.
 */
export type Fill = 'present' | 'omitted' | 'null';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Strings by field name, in the formats the SDK's doc comments describe. */
function stringFor(name: string): string {
  if (name === 'date' || name.endsWith('_date')) return '2026-11-20';
  if (name.endsWith('_at') || name === 'data_refreshed_at') return '2026-11-20T00:00:00Z';
  if (/amount|spend|price/.test(name)) return '1250.500000';
  if (name === 'currency') return 'USD';
  if (name === 'email_address') return 'ana.silva@acme.example';
  return `${name}-1`;
}

export interface SdkTypes {
  /** A row of the item type of `endpoint` filled as `fill` says, union members by `variant`. */
  row(endpoint: string, fill: Fill, variant?: number): Json;
  /** Every field of the item type of `endpoint` (through the first member of each union). */
  fields(endpoint: string, variant?: number): FieldInfo[];
  /** How many members the largest union of object types in the item has (rows worth making). */
  variants(endpoint: string): number;
}

/** Loads the SDK's declarations once (a TypeScript program over a two-line probe file). */
export function loadSdkTypes(): SdkTypes {
  const probeName = `${process.cwd()}/__sdk_probe__.ts`;
  const probe = [
    "import type Anthropic from '@anthropic-ai/sdk';",
    ...Object.entries(ITEM_TYPES).map(([, t], i) => `export type T${i} = ${t};`),
  ].join('\n');
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (f) => (f === probeName ? probe : readFile(f));
  host.fileExists = (
    (exists) => (f: string) =>
      f === probeName || exists(f)
  )(host.fileExists.bind(host));
  host.getSourceFile = (f, v, ...rest) =>
    f === probeName ? ts.createSourceFile(f, probe, v) : getSourceFile(f, v, ...rest);
  const program = ts.createProgram([probeName], options, host);
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(probeName)!;
  const aliases = source.statements.filter(ts.isTypeAliasDeclaration);
  const typeOf = (endpoint: string): ts.Type => {
    const i = Object.keys(ITEM_TYPES).indexOf(endpoint);
    if (i < 0) throw new Error(`no SDK item type for ${endpoint}`);
    const type = checker.getTypeAtLocation(aliases[i]!.name);
    if (type.flags & ts.TypeFlags.Any) throw new Error(`${ITEM_TYPES[endpoint]} did not resolve`);
    return type;
  };

  const isNullish = (t: ts.Type) =>
    (t.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void)) !== 0;
  const parts = (t: ts.Type) => (t.isUnion() ? t.types : [t]);
  const isObject = (t: ts.Type) => (t.flags & ts.TypeFlags.Object) !== 0 && !checker.isArrayType(t);

  function value(
    t: ts.Type,
    name: string,
    fill: Fill,
    variant: number,
    visit?: (f: FieldInfo) => void,
    path = '',
  ): Json {
    const members = parts(t).filter((p) => !isNullish(p));
    const objects = members.filter(isObject);
    if (objects.length > 0)
      return object(objects[variant % objects.length]!, fill, variant, visit, path);
    const first = members[0];
    if (!first) return null;
    if (checker.isArrayType(first)) {
      const item = checker.getTypeArguments(first as ts.TypeReference)[0]!;
      return [value(item, name, fill, variant, visit, path ? `${path}.0` : '0')];
    }
    if (first.isStringLiteral()) return first.value;
    if (first.isNumberLiteral()) return first.value;
    if (first.flags & ts.TypeFlags.BooleanLiteral) return checker.typeToString(first) === 'true';
    if (first.flags & ts.TypeFlags.Boolean) return true;
    if (first.flags & ts.TypeFlags.NumberLike) return 7;
    if (first.flags & ts.TypeFlags.StringLike) return stringFor(name);
    return `${name}-1`;
  }

  function object(
    t: ts.Type,
    fill: Fill,
    variant: number,
    visit?: (f: FieldInfo) => void,
    path = '',
  ): { [key: string]: Json } {
    const out: { [key: string]: Json } = {};
    for (const prop of checker.getPropertiesOfType(t)) {
      const decl = prop.valueDeclaration ?? prop.declarations?.[0];
      const type = decl ? checker.getTypeOfSymbolAtLocation(prop, decl) : checker.getAnyType();
      const optional = (prop.flags & ts.SymbolFlags.Optional) !== 0;
      const nullable = parts(type).some((p) => (p.flags & ts.TypeFlags.Null) !== 0);
      const at = path ? `${path}.${prop.name}` : prop.name;
      visit?.({ path: at, optional, nullable });
      if (fill === 'omitted' && optional) continue;
      if (fill === 'null' && nullable) {
        out[prop.name] = null;
        continue;
      }
      out[prop.name] = value(type, prop.name, fill, variant, visit, at);
    }
    return out;
  }

  function variantsOf(t: ts.Type, seen = new Set<ts.Type>()): number {
    if (seen.has(t)) return 1;
    seen.add(t);
    let most = 1;
    const members = parts(t).filter((p) => !isNullish(p));
    const objects = members.filter(isObject);
    if (objects.length > 1) most = objects.length;
    for (const m of members) {
      const inner = checker.isArrayType(m)
        ? [checker.getTypeArguments(m as ts.TypeReference)[0]!]
        : isObject(m)
          ? checker.getPropertiesOfType(m).map((p) => {
              const d = p.valueDeclaration ?? p.declarations?.[0];
              return d ? checker.getTypeOfSymbolAtLocation(p, d) : checker.getAnyType();
            })
          : [];
      for (const i of inner) most = Math.max(most, variantsOf(i, seen));
    }
    return most;
  }

  return {
    row: (endpoint, fill, variant = 0) => object(typeOf(endpoint), fill, variant),
    fields(endpoint, variant = 0) {
      const found: FieldInfo[] = [];
      object(typeOf(endpoint), 'present', variant, (f) => found.push(f));
      return found;
    },
    variants: (endpoint) => variantsOf(typeOf(endpoint)),
  };
}
