/** The civic centre's service catalogue: search by name and keywords. */
export interface CatalogueService {
  id: string
  name: string
  keywords: string[]
  enabled: boolean
  path: string
}

export interface CatalogueCategory<S extends CatalogueService = CatalogueService> {
  id: string
  name: string
  services: S[]
}

const normalise = (text: string) => text.trim().toLowerCase().replace(/\s+/g, '')

/**
 * Services whose name or a keyword contains the query (spaces and case ignored); name matches first,
 * then catalogue order. An empty query gives no results.
 */
export function searchServices<S extends CatalogueService>(categories: readonly CatalogueCategory<S>[], query: string): S[] {
  const q = normalise(query)
  if (!q) return []
  const all = categories.flatMap((category) => category.services)
  const byName = all.filter((service) => normalise(service.name).includes(q))
  const byKeyword = all.filter((service) => !byName.includes(service) && service.keywords.some((k) => normalise(k).includes(q)))
  return [...byName, ...byKeyword]
}

/** A catalogue with no service at all (the gateway answered, but the city has nothing listed). */
export function isEmptyCatalogue(categories: readonly CatalogueCategory[]): boolean {
  return categories.every((category) => category.services.length === 0)
}
