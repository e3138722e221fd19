import { Text, View } from '@tarojs/components'
import type { ResponseOf } from '@/gateway/contract'
import { focusable } from '@/ui/focusable'

export type Service = ResponseOf<'catalogue'>['categories'][number]['services'][number]

/** One service of the WeUI grid; a service the city has not switched on stays visible, marked 本市暂未开通. */
function ServiceTile({ service, onOpen }: { service: Service; onOpen(service: Service): void }) {
  return (
    <View
      className={`weui-grid service-tile${service.enabled ? '' : ' service-tile--off'}`}
      role="button"
      {...focusable}
      ariaLabel={service.enabled ? service.name : `${service.name}，本市暂未开通`}
      aria-disabled={!service.enabled}
      hoverClass="weui-grid_active"
      onClick={() => onOpen(service)}
    >
      <View className="service-tile__icon" aria-hidden>
        {service.name.slice(0, 1)}
      </View>
      <Text className="weui-grid__label service-tile__label">{service.name}</Text>
      {service.enabled ? null : <Text className="service-tile__off">本市暂未开通</Text>}
    </View>
  )
}

export function ServiceGrid({ title, services, onOpen }: { title: string; services: Service[]; onOpen(service: Service): void }) {
  return (
    <View className="service-group">
      <View className="weui-cells__title">{title}</View>
      <View className="weui-grids service-grid">
        {services.map((service) => (
          <ServiceTile key={service.id} service={service} onOpen={onOpen} />
        ))}
      </View>
    </View>
  )
}
