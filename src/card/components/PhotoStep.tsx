import { Image, View } from '@tarojs/components'
import { useState } from 'react'
import { request } from '@/gateway/hooks'
import { GatewayError, messageOf } from '@/gateway/errors'
import { choosePhoto, type ChosenPhoto } from '@/platform/photo'
import { Alert } from '@/ui/Alert'
import { Button } from '@/ui/Button'
import { photoProblems } from '../photoCheck'

const INTERRUPTED = '照片上传中断，请检查网络后点“重新上传”（不用重拍）'

/** Why an upload failed, for the resident: a cut-off upload says the photo is kept. */
function uploadMessage(error: unknown): string {
  return error instanceof GatewayError && (error.code === 'NETWORK_OFFLINE' || error.code === 'TIMEOUT') ? INTERRUPTED : messageOf(error)
}

/** Sends the photo to a signed, one-time upload slot; answers the photo's id. */
async function upload(photo: ChosenPhoto): Promise<string> {
  const slot = await request('cardPhotoSlot', { bytes: photo.bytes, width: photo.width, height: photo.height })
  const { photoId } = await request('cardPhotoUpload', { uploadId: slot.uploadId, signature: slot.signature, image: photo.base64 })
  return photoId
}

/**
 * The card photo: what it must look like, taking or choosing it, the device's checks (size, pixels, portrait
 * 2-inch shape), then the upload. The image stays in memory; a failed upload keeps it for 重新上传.
 */
export function PhotoStep({ onUploaded, action = '上传照片' }: { onUploaded(photoId: string): void; action?: string }) {
  const [photo, setPhoto] = useState<ChosenPhoto | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const [uploading, setUploading] = useState(false)
  const [failed, setFailed] = useState(false)

  const choose = async () => {
    const choice = await choosePhoto()
    if (choice.kind === 'cancelled') return
    setFailed(false)
    if (choice.kind === 'unreadable') return setMessage('无法读取这张照片，请重新拍摄或换一张')
    setMessage(null)
    setPhoto(choice.photo)
  }
  const problems = photo ? photoProblems(photo) : []
  const send = async () => {
    if (!photo || problems.length || uploading) return
    setUploading(true)
    setMessage(null)
    try {
      onUploaded(await upload(photo))
    } catch (error) {
      setFailed(true)
      setMessage(uploadMessage(error))
    } finally {
      setUploading(false)
    }
  }

  return (
    <View>
      <View className="block card-text" role="note">
        <View className="card-text__strong">请准备本人近期二寸白底彩色免冠正面照片</View>
        <View className="card-p">· 站在白色墙面前，光线均匀，背景不要有杂物</View>
        <View className="card-p">· 露出眉毛和双耳，不戴帽子、不戴有色眼镜</View>
        <View className="card-p">· 竖着拿手机拍摄，头部和肩膀在画面中间</View>
      </View>
      {photo ? (
        <View className="card-photo">
          <Image className="card-photo__image" src={photo.previewSrc} mode="aspectFill" ariaLabel="您选择的照片" />
          {problems.map((problem) => (
            <Alert key={problem} message={problem} />
          ))}
          {problems.length ? null : <View className="card-text card-photo__ok">照片尺寸符合要求。请确认背景是白色的。</View>}
        </View>
      ) : null}
      <Alert message={message} />
      <View className="actions">
        {photo && !problems.length ? (
          <Button className="weui-btn weui-btn_primary" loading={uploading} disabled={uploading} onClick={send}>
            {failed ? '重新上传' : action}
          </Button>
        ) : null}
        <Button className={`weui-btn ${photo && !problems.length ? 'weui-btn_default' : 'weui-btn_primary'}`} disabled={uploading} onClick={choose}>
          {photo ? '重新拍摄或选择' : '拍摄或选择照片'}
        </Button>
      </View>
    </View>
  )
}
