import { signOut } from '@/gateway/client'
import { storage } from '@/platform'
import { useCityStore } from '@/city/store'
import { usePreferences } from '@/stores/preferences'

/**
 * "清除本机数据": signs out and forgets everything this app keeps on the device (session, city, display
 * preference, an unfinished claim and what was typed for it). The stores are reset first, since each writes
 * itself back to storage.
 */
export function clearDeviceData(): void {
  void signOut()
  useCityStore.setState({ cityId: null })
  usePreferences.setState({ largeText: undefined }) // back to following the platform's font setting
  storage.clear()
}
