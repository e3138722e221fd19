/**
 * The family slice of the contract (亲情服务): adding a relative with their consent, the relative's side (who may
 * act for me), and ending a bond. A bond has one id that both people see (the resident's `relativeId`, the
 * relative's `grantId`): either ends it with familyEnd (删除 a relative, 取消授权 from the relative's side). The
 * list itself is identity's (familyList): every capability that acts for a relative reads it.
 */
import * as v from 'valibot'
import { fieldSchema as field } from '@/lib/fields'
import { familyPerson, relationSchema, relativeSchema } from '@/identity/api'
import { date, endpoint, id, none, ok, pathParam } from '@/gateway/schema'

export const familyEndpoints = {
  familyAdd: endpoint({
    method: 'POST',
    path: '/family',
    summary: '添加亲属',
    auth: true,
    request: v.object({ relation: relationSchema, name: field('name'), idNumber: field('idNumber') }),
    response: v.variant('consent', [
      /** The relative's consent is needed: familyConsent with their SMS code's or face check's (certifyId) token. */
      v.object({ consent: v.literal('relative'), challengeId: id, certifyId: id }),
      /** A minor whose guardian the gateway confirmed: already added. */
      v.object({ consent: v.literal('guardian'), relative: relativeSchema }),
    ]),
    errors: ['IDENTITY_MISMATCH', 'RELATIVE_NO_CARD', 'FAMILY_FULL', 'RELATIVE_GRANTS_FULL', 'GUARDIAN_UNCONFIRMED'],
  }),
  familyConsent: endpoint({
    method: 'POST',
    path: '/family/consent',
    summary: '亲属同意',
    auth: true,
    request: v.object({ challengeId: id, verificationToken: id }),
    response: relativeSchema,
    errors: ['CONSENT_EXPIRED', 'VERIFICATION_REQUIRED'],
  }),
  familyGrants: endpoint({
    method: 'GET',
    path: '/family/grants',
    summary: '谁可以为我代办',
    auth: true,
    request: none,
    response: v.array(v.object({ grantId: id, grantedAt: date, ...familyPerson })),
    errors: [],
  }),
  familyEnd: endpoint({
    method: 'POST',
    path: '/family/{bondId}/end',
    summary: '解除代办关系',
    auth: true,
    request: v.object({ bondId: pathParam }),
    response: ok,
    errors: ['NOT_FOUND'],
  }),
} as const
