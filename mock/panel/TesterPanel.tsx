import { Picker, Text, View } from '@tarojs/components'
import { Button } from '@/ui/Button'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { ENDPOINT_IDS } from '@/gateway/contract'
import { invalidate } from '@/gateway/hooks'
import { useSession } from '@/stores/session'
import { PERSONAS, TEST_ECARD_PASSWORD, TEST_SMS_CODE } from '../data/personas'
import { FAULTS, FAULT_IDS, PAYMENT_SIMULATIONS, PAYMENT_SIMULATION_IDS } from '../faults'
import { mockGateway } from '../runtime'
import type { MockControls } from '../state'
import './panel.css'

const LATENCIES = [0, 500, 2000, 5000]
const SCANS: { value: MockControls['autoScan']; label: string }[] = [
  { value: null, label: '不模拟' },
  { value: 'counter', label: '柜台核验身份' },
  { value: 'pharmacy', label: '药店扫码支付' },
]
const SCOPES = ['all', ...ENDPOINT_IDS] as const
const UPLOADS: { value: MockControls['uploadFault']; label: string }[] = [
  { value: null, label: '正常' },
  { value: 'too-large', label: '照片过大被拒' },
  { value: 'interrupted', label: '上传中断' },
]

/** The tester's floating panel (non-production builds only): persona, fault, latency, scan, payment, reset. */
export function TesterPanel() {
  const gateway = mockGateway()
  const [open, setOpen] = useState(false)
  const [controls, setControls] = useState(gateway?.state.controls)
  if (!gateway || !controls) return null

  const restart = () => {
    useSession.getState().clear()
    void Taro.reLaunch({ url: '/pages/home/index' })
  }
  const change = (next: Partial<MockControls>, thenRestart = false) => {
    gateway.setControls(next)
    setControls(gateway.state.controls)
    if (thenRestart) restart()
  }
  const personaIndex = PERSONAS.findIndex((p) => p.id === controls.personaId)

  if (!open) {
    return (
      <View className="tester-bar">
        <View className="tester-fab" role="button" ariaLabel="打开测试面板" onClick={() => setOpen(true)}>
          测试
        </View>
      </View>
    )
  }
  return (
    <View className="tester-panel" role="dialog" ariaLabel="测试面板">
      <View className="tester-panel__row">
        <Text>角色</Text>
        <Picker
          mode="selector"
          range={PERSONAS.map((p) => p.label)}
          value={personaIndex}
          onChange={(e) => change({ personaId: PERSONAS[Number(e.detail.value)].id }, true)}
        >
          <View className="tester-panel__value">{PERSONAS[personaIndex]?.label}</View>
        </Picker>
      </View>
      <View className="tester-panel__row">
        <Text>故障</Text>
        <Picker
          mode="selector"
          range={FAULT_IDS.map((f) => FAULTS[f])}
          value={FAULT_IDS.indexOf(controls.fault)}
          onChange={(e) => change({ fault: FAULT_IDS[Number(e.detail.value)] })}
        >
          <View className="tester-panel__value">{FAULTS[controls.fault]}</View>
        </Picker>
      </View>
      <View className="tester-panel__row">
        <Text>故障范围</Text>
        <Picker
          mode="selector"
          range={[...SCOPES]}
          value={SCOPES.indexOf(controls.faultEndpoint)}
          onChange={(e) => change({ faultEndpoint: SCOPES[Number(e.detail.value)] })}
        >
          <View className="tester-panel__value">{controls.faultEndpoint === 'all' ? '全部接口' : controls.faultEndpoint}</View>
        </Picker>
      </View>
      <View className="tester-panel__row">
        <Text>延迟</Text>
        <Picker
          mode="selector"
          range={LATENCIES.map((ms) => `${ms} ms`)}
          value={Math.max(0, LATENCIES.indexOf(controls.latencyMs))}
          onChange={(e) => change({ latencyMs: LATENCIES[Number(e.detail.value)] })}
        >
          <View className="tester-panel__value">{controls.latencyMs} ms</View>
        </Picker>
      </View>
      <View className="tester-panel__row">
        <Text>模拟被扫</Text>
        <Picker
          mode="selector"
          range={SCANS.map((s) => s.label)}
          value={SCANS.findIndex((s) => s.value === controls.autoScan)}
          onChange={(e) => change({ autoScan: SCANS[Number(e.detail.value)].value })}
        >
          <View className="tester-panel__value">{SCANS.find((s) => s.value === controls.autoScan)?.label}</View>
        </Picker>
      </View>
      <View className="tester-panel__row">
        <Text>照片上传</Text>
        <Picker
          mode="selector"
          range={UPLOADS.map((u) => u.label)}
          value={Math.max(
            0,
            UPLOADS.findIndex((u) => u.value === (controls.uploadFault ?? null)),
          )}
          onChange={(e) => change({ uploadFault: UPLOADS[Number(e.detail.value)].value })}
        >
          <View className="tester-panel__value">{UPLOADS.find((u) => u.value === (controls.uploadFault ?? null))?.label}</View>
        </Picker>
      </View>
      <View className="tester-panel__row">
        <Text>模拟缴费</Text>
        <Picker
          mode="selector"
          range={PAYMENT_SIMULATION_IDS.map((id) => PAYMENT_SIMULATIONS[id])}
          value={PAYMENT_SIMULATION_IDS.indexOf(controls.payment ?? 'success')}
          onChange={(e) => change({ payment: PAYMENT_SIMULATION_IDS[Number(e.detail.value)] })}
        >
          <View className="tester-panel__value">{PAYMENT_SIMULATIONS[controls.payment ?? 'success']}</View>
        </Picker>
      </View>
      <View className="tester-panel__hint">
        短信验证码 {TEST_SMS_CODE}，持卡角色的电子社保卡密码 {TEST_ECARD_PASSWORD}。终端码每个只能用一次，重置数据后可再用。
      </View>
      <View className="tester-panel__actions">
        <Button
          size="mini"
          onClick={() => {
            gateway.advanceCardStage()
            invalidate('cardApplications')
            invalidate('cardProgress')
          }}
        >
          推进制卡进度
        </Button>
        <Button size="mini" onClick={() => (gateway.reset(), restart())}>
          重置数据
        </Button>
        <Button size="mini" onClick={() => setOpen(false)}>
          收起
        </Button>
      </View>
    </View>
  )
}
