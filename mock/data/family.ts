/**
 * 亲情服务's people: who each persona has added (relatives) and who may act for them (grants), and the people
 * a resident can add who are not personas themselves. A relative is a Persona too, so their card and records
 * come from the same data as a holder's.
 */
import type { Relation } from '@/lib/relation'
import { PERSONAS, base, type Persona } from './personas'

/** A person of 亲情服务: `addedBy` others already act for them; `guardians` are the personas the gateway knows as their guardians. */
export type FamilyPerson = Persona & { addedBy?: number; guardians?: string[] }

/** How many relatives one resident may add, and how many residents may act for one person. */
export const FAMILY_LIMIT = 8
export const ACTING_LIMIT = 4

const kunming = { ...base, cityId: 'kunming', bankCardNumber: '6212260000123456782', bankName: '中国工商银行' }

const PEOPLE: FamilyPerson[] = [
  { ...kunming, id: 'father', label: '父亲', purpose: '', name: '张德福', idNumber: '530102194609120011', phone: '13708713322', status: 'level2' },
  {
    ...kunming,
    id: 'minor',
    label: '未成年子女',
    purpose: '',
    name: '刘小宇',
    idNumber: '530102201506010031',
    phone: '13708717799',
    status: 'level1',
    records: 'none',
    guardians: ['guardian'],
  },
  {
    ...kunming,
    id: 'popular',
    label: '已被多人添加',
    purpose: '',
    name: '李晓雯',
    idNumber: '530102199909090080',
    phone: '13708719900',
    status: 'level1',
    addedBy: ACTING_LIMIT,
  },
]

export const findFamilyPerson = (id: string): FamilyPerson | undefined => [...PERSONAS, ...PEOPLE].find((person) => person.id === id)
export const findByIdNumber = (idNumber: string): FamilyPerson | undefined => [...PERSONAS, ...PEOPLE].find((person) => person.idNumber === idNumber)

/** Each persona's relatives ([person, how they are related to the persona], in the order added) and who may act for them. */
export const FAMILIES: Record<string, { relatives?: [string, Relation][]; grantedTo?: [string, Relation][] }> = {
  family: {
    relatives: [
      ['elder', 'parent'],
      ['father', 'parent'],
    ],
  },
  'family-full': {
    relatives: [
      ['elder', 'parent'],
      ['father', 'parent'],
      ['level1', 'spouse'],
      ['lost', 'other'],
      ['cancelled', 'other'],
      ['locked', 'other'],
      ['veteran', 'other'],
      ['no-records', 'other'],
    ],
  },
  elder: {
    grantedTo: [
      ['level2', 'child'],
      ['family', 'child'],
    ],
  },
  guardian: { relatives: [['minor', 'child']] },
}
