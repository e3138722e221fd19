import { View } from '@tarojs/components'

/** A refusal or a problem with what was entered, read out at once (role="alert"); nothing while there is none. */
export function Alert({ message, className, id }: { message?: string | null; className?: string; id?: string }) {
  if (!message) return null
  return (
    <View className={className ? `field-error ${className}` : 'field-error'} role="alert" id={id}>
      {message}
    </View>
  )
}
