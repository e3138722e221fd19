import { Placeholder } from '@/ui/Placeholder'

export default function Page() {
  return <Placeholder title="待遇领取" description="已领取的社会保险待遇。（建设中）" />
}
