/** 亲情服务's relationships (identity's relationSchema), from the resident's side, and how a relative is called on screen (母亲 杨*兰). */
export type Relation = 'parent' | 'spouse' | 'child' | 'other'
type Gender = 'female' | 'male'

export const RELATION_NAMES: Record<Relation, string> = { parent: '父母', spouse: '配偶', child: '子女', other: '其他亲属' }

const CALLED: Record<Relation, Record<Gender, string>> = {
  parent: { female: '母亲', male: '父亲' },
  spouse: { female: '妻子', male: '丈夫' },
  child: { female: '女儿', male: '儿子' },
  other: { female: '亲属', male: '亲属' },
}

/** The gender a (masked) ID number records: its 17th character, an odd digit for men. */
const genderOf = (idNumber: string): Gender => (Number(idNumber[16]) % 2 ? 'male' : 'female')

/** 母亲: the relationship in the words of the family. */
export const calledOf = ({ relation, idNumberMasked }: { relation: Relation; idNumberMasked: string }) => CALLED[relation][genderOf(idNumberMasked)]

/** 母亲 杨*兰: the relationship in the words of the family, and the masked name. */
export const personLabel = (person: { relation: Relation; nameMasked: string; idNumberMasked: string }) => `${calledOf(person)} ${person.nameMasked}`
