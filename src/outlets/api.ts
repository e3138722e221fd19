/** The outlets' slice of the contract: a city's service outlets with their opening hours. */
import * as v from 'valibot'
import { cityIdSchema } from '@/city/api'
import { endpoint, id } from '@/gateway/schema'

export const outletsEndpoints = {
  outlets: endpoint({
    method: 'GET',
    path: '/cities/{cityId}/outlets',
    summary: '社保经办网点与市民中心',
    auth: false,
    request: v.object({ cityId: cityIdSchema }),
    response: v.array(
      v.object({
        id,
        name: v.string(),
        kind: v.picklist(['civic-centre', 'social-security', 'bank']),
        district: v.string(),
        address: v.string(),
        phone: v.string(),
        latitude: v.number(),
        longitude: v.number(),
        /** Opening hours per weekday (1 = Monday … 7 = Sunday), local time Asia/Shanghai. */
        hours: v.array(v.object({ weekdays: v.array(v.number()), open: v.string(), close: v.string() })),
        serviceIds: v.array(v.string()),
      }),
    ),
    errors: ['CITY_UNKNOWN'],
  }),
} as const
