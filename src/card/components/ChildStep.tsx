import { View } from '@tarojs/components'
import { Alert } from '@/ui/Alert'
import { Field } from '@/ui/Field'
import { SwitchRow } from '@/ui/SwitchRow'
import type { ChildDraft, ChildErrors } from '../child'

/** A guardian applies for a child: the child's name, ID number and household register number, and the guardianship. */
export function ChildStep({ draft, onChange, errors }: { draft: ChildDraft; onChange(draft: ChildDraft): void; errors: ChildErrors }) {
  const set = (change: Partial<ChildDraft>) => onChange({ ...draft, ...change })
  return (
    <View>
      <View className="block card-text" role="note">
        <View className="card-text__strong">为未成年子女申领</View>
        <View className="card-p">请准备孩子的户口簿和您本人的身份证。领卡时请携带户口簿和监护人身份证原件。</View>
      </View>
      <View className="weui-cells weui-cells_form">
        <Field id="child-name" label="孩子姓名" kind="name" value={draft.name} onValue={(name) => set({ name })} error={errors.name} />
        <Field id="child-id" label="孩子身份证号" kind="idNumber" value={draft.idNumber} onValue={(idNumber) => set({ idNumber })} error={errors.idNumber} />
        <Field
          id="child-household"
          label="户口簿户号"
          placeholder="户口簿首页的户号"
          value={draft.householdNumber}
          onValue={(householdNumber) => set({ householdNumber: householdNumber.replace(/\s/g, '') })}
          error={errors.householdNumber}
        />
      </View>
      <View className="weui-cells">
        <SwitchRow label="我是孩子的父母或法定监护人" name="我是孩子的父母或法定监护人" checked={draft.guardian} onChange={(guardian) => set({ guardian })} />
      </View>
      <Alert message={errors.guardian} />
    </View>
  )
}
