import type { EndpointId } from '@/gateway/contract'
import { ENDPOINT_IDS } from '@/gateway/contract'
import { findPersona } from './data/personas'
import { isFaultId, isPaymentSimulation } from './faults'
import type { MockControls } from './state'

/**
 * Tester controls from an H5 URL: ?persona=<id>&fault=<id>&faultOn=<endpoint>&latency=<ms>&scan=<counter|pharmacy>
 * &pay=<success|cancel|fail|lost|expired|window-closed>&upload=<too-large|interrupted>.
 * Unknown values are ignored (the panel shows what is in force).
 */
export function controlsFromQuery(search: string): Partial<MockControls> {
  const params = new URLSearchParams(search)
  const change: Partial<MockControls> = {}
  const persona = params.get('persona')
  if (persona && findPersona(persona)) change.personaId = persona
  const fault = params.get('fault')
  if (fault && isFaultId(fault)) change.fault = fault
  const faultOn = params.get('faultOn')
  if (faultOn && (faultOn === 'all' || ENDPOINT_IDS.includes(faultOn as EndpointId))) change.faultEndpoint = faultOn as EndpointId | 'all'
  const latency = Number(params.get('latency'))
  if (params.has('latency') && Number.isFinite(latency) && latency >= 0) change.latencyMs = Math.min(latency, 60_000)
  const scan = params.get('scan')
  if (scan === 'counter' || scan === 'pharmacy') change.autoScan = scan
  const upload = params.get('upload')
  if (upload === 'too-large' || upload === 'interrupted') change.uploadFault = upload
  const pay = params.get('pay')
  if (pay && isPaymentSimulation(pay)) change.payment = pay
  return change
}
