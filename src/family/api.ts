/**
 * The family slice of the contract (亲情服务): adding a relative with their consent, removing one, and the
 * relative's side — who may act for me, and revoking it. The list itself is identity's (familyList): every
 * capability that acts for a relative reads it.
 */
import * as v from 'valibot'
import { fieldSchema as field } from '@/lib/fields'
import { familyPerson, relationSchema, relativeSchema } from '@/identity/api'
import { date, endpoint, id, none, ok, pathParam } from '@/gateway/schema'

export const familyEndpoints = {
  familyAdd: endpoint({
    method: 'POST',
    path: '/family',
    summary: '添加亲属，待对方同意（短信或人脸）；未成年子女核实监护关系后直接添加',
    auth: true,
    request: v.object({ relation: relationSchema, name: field('name'), idNumber: field('idNumber') }),
    response: v.variant('consent', [
      /** The relative's consent is needed: familyConsent with their SMS code's or face check's (certifyId) token. */
      v.object({ consent: v.literal('relative'), challengeId: id, certifyId: id }),
      /** A minor whose guardian the gateway confirmed: already added. */
      v.object({ consent: v.literal('guardian'), relative: relativeSchema }),
    ]),
    errors: ['IDENTITY_MISMATCH', 'RELATIVE_NO_CARD', 'FAMILY_FULL', 'RELATIVE_GRANTS_FULL', 'RELATIVE_ALREADY_ADDED', 'GUARDIAN_UNCONFIRMED'],
  }),
  familyConsent: endpoint({
    method: 'POST',
    path: '/family/consent',
    summary: '提交亲属的同意，完成添加',
    auth: true,
    request: v.object({ challengeId: id, verificationToken: id }),
    response: relativeSchema,
    errors: ['CONSENT_EXPIRED', 'VERIFICATION_REQUIRED'],
  }),
  familyRemove: endpoint({
    method: 'POST',
    path: '/family/{relativeId}/remove',
    summary: '删除亲属',
    auth: true,
    request: v.object({ relativeId: pathParam }),
    response: ok,
    errors: ['NOT_FOUND'],
  }),
  familyGrants: endpoint({
    method: 'GET',
    path: '/family/grants',
    summary: '谁可以为我代办',
    auth: true,
    request: none,
    response: v.array(v.object({ ...familyPerson, grantId: id, grantedAt: date })),
    errors: [],
  }),
  familyRevoke: endpoint({
    method: 'POST',
    path: '/family/grants/{grantId}/revoke',
    summary: '取消授权',
    auth: true,
    request: v.object({ grantId: pathParam }),
    response: ok,
    errors: ['NOT_FOUND'],
  }),
} as const
