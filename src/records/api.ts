/** The records' slice of the contract: enrolment in the five insurances, contributions, the medical and pension accounts, benefits. */
import * as v from 'valibot'
import { date, endpoint, fen, forPerson, id, onBehalfOf, page, paged, queryInt } from '@/gateway/schema'

/** What every query may answer: the card cannot be used, or the person asked for is not on the resident's list. */
const QUERY_ERRORS = ['NO_ECARD', 'CARD_LOST', 'CARD_CANCELLED', 'RELATIVE_NOT_ON_LIST'] as const

const insuranceTypeSchema = v.picklist(['pension', 'medical', 'unemployment', 'injury', 'maternity'])

export const recordsEndpoints = {
  enrolment: endpoint({
    method: 'GET',
    path: '/insurance/enrolment',
    summary: '五险参保状态',
    auth: true,
    request: forPerson,
    response: v.array(
      v.object({
        type: insuranceTypeSchema,
        state: v.picklist(['active', 'suspended', 'never']),
        since: v.optional(date),
        baseFen: v.optional(fen),
        employerMasked: v.optional(v.string()),
      }),
    ),
    errors: QUERY_ERRORS,
  }),
  contributions: endpoint({
    method: 'GET',
    path: '/insurance/contributions',
    summary: '缴费记录，按险种、年份分页',
    auth: true,
    request: v.object({ onBehalfOf, type: v.optional(insuranceTypeSchema), year: v.optional(queryInt), page }),
    response: paged(
      v.object({
        id,
        type: insuranceTypeSchema,
        month: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}$/)),
        baseFen: fen,
        personalFen: fen,
        employerFen: fen,
        payer: v.string(),
      }),
    ),
    errors: QUERY_ERRORS,
  }),
  medicalAccount: endpoint({
    method: 'GET',
    path: '/medical/account',
    summary: '医保个人账户余额',
    auth: true,
    request: forPerson,
    response: v.object({ balanceFen: fen, updatedAt: date }),
    errors: QUERY_ERRORS,
  }),
  medicalTransactions: endpoint({
    method: 'GET',
    path: '/medical/transactions',
    summary: '医保个人账户明细，分页',
    auth: true,
    request: v.object({ onBehalfOf, page }),
    response: paged(v.object({ id, date, kind: v.picklist(['pharmacy', 'hospital', 'refund', 'deposit']), place: v.string(), amountFen: fen })),
    errors: QUERY_ERRORS,
  }),
  pension: endpoint({
    method: 'GET',
    path: '/pension/account',
    summary: '养老保险个人账户累计额与逐年增长',
    auth: true,
    request: forPerson,
    response: v.object({
      totalFen: fen,
      years: v.array(v.object({ year: v.number(), contributedFen: fen, interestFen: fen, balanceFen: fen })),
    }),
    errors: QUERY_ERRORS,
  }),
  benefits: endpoint({
    method: 'GET',
    path: '/benefits',
    summary: '待遇领取记录',
    auth: true,
    request: forPerson,
    response: v.array(v.object({ id, name: v.string(), type: insuranceTypeSchema, date, amountFen: fen })),
    errors: QUERY_ERRORS,
  }),
} as const

export type InsuranceType = v.InferOutput<typeof insuranceTypeSchema>
