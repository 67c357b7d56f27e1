// Types for catalogue.mjs (the shared demo catalogue).

export type ShopKey = 'a' | 'b' | 'c';

export interface Category { key: string; name: string; de: string }

export interface Product {
  n: number;
  name: string;
  brand: string;
  category: string;
  slug: string;
  boltId: number;
  sku: string;
  /** a: Aurora (USD), b: Bolt (USD), c: Cobalt (EUR). */
  prices: Record<ShopKey, number>;
  rating: number;
  reviews: number;
  description: string;
  specs: Record<string, string>;
}

export interface QueryOptions { q?: string; categories?: string[]; min?: number | null; max?: number | null; sort?: string }

export const CATEGORIES: Category[];
export const PRODUCTS: Product[];
export function formatUsd(amount: number): string;
export function formatEur(amount: number): string;
export function splitUsd(amount: number): { whole: string; cents: string };
export function matchesQuery(product: Product, q: string | null | undefined): boolean;
export function queryProducts(shop: ShopKey, options?: QueryOptions): Array<Product & { price: number }>;
export function paginate<T>(items: T[], page: unknown, perPage: number): { items: T[]; page: number; pages: number; total: number; from: number; to: number };
export function categoryByKey(key: string): Category | undefined;
